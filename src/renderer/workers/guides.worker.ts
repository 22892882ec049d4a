/// <reference lib="webworker" />
import { version as pdfmakeVersion } from 'pdfmake/package.json'
import { bundleVersions, engineForBundle, onPdfkitDocument } from '../../documents'
import { makeGuide } from './guides-protocol'
import { deflatePdfStream } from './pdf-deflate'

// The same fast paths and deflate as the documents worker (documents.worker.ts): without them
// pdfmake's bundled pdfkit spends most of a guide's time embedding the CJK font subsets.
onPdfkitDocument(engineForBundle(bundleVersions(pdfmakeVersion), { deflate: deflatePdfStream }))

self.onmessage = (event: MessageEvent<unknown>) => {
  void makeGuide(event.data).then((answer) => self.postMessage(answer))
}
