/// <reference lib="webworker" />
import { version as pdfmakeVersion } from 'pdfmake/package.json'
import { restateBundledPdfkit } from '../../documents/pdfkit-fast'
import { onPdfkitDocument } from '../../documents/render-pdf'
import { documentsWorker } from './documents-protocol'
import { deflatePdfStream } from './pdf-deflate'

// The pdfkit inside pdfmake's browser bundle gets the exact fast paths the Node side has
// (src/documents/pdfkit-fast.ts) and the same deflate level: the first document after the
// worker starts is finished on them, every later one drawn on them too.
onPdfkitDocument(restateBundledPdfkit(pdfmakeVersion, deflatePdfStream))

// One request at a time, in order: a second request waits until the first has answered.
const handle = documentsWorker((m) => self.postMessage(m))
let queue = Promise.resolve()
self.onmessage = (event: MessageEvent<unknown>) => {
  queue = queue.then(() => handle(event.data))
}
