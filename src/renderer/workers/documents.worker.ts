/// <reference lib="webworker" />
import { version as pdfmakeVersion } from 'pdfmake/package.json'
import { bundleVersions, engineForBundle, onPdfkitDocument } from '../../documents'
import { documentsWorker } from './documents-worker-body'
import { deflatePdfStream } from './pdf-deflate'

// The engine patches (src/documents/engine) for the pdfkit inside pdfmake's browser bundle,
// with streams deflated by fflate at the Node side's level: applied through the first
// document the worker makes, which is finished on them; every later one is drawn on them too.
onPdfkitDocument(engineForBundle(bundleVersions(pdfmakeVersion), { deflate: deflatePdfStream }))

// One request at a time, in order: a second request waits until the first has answered.
const handle = documentsWorker((m) => self.postMessage(m))
let queue = Promise.resolve()
self.onmessage = (event: MessageEvent<unknown>) => {
  queue = queue.then(() => handle(event.data))
}
