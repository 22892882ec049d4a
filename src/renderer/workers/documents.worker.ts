/// <reference lib="webworker" />
import { documentsWorker } from './documents-protocol'

// One request at a time, in order: a second request waits until the first has answered.
const handle = documentsWorker((m) => self.postMessage(m))
let queue = Promise.resolve()
self.onmessage = (event: MessageEvent<unknown>) => {
  queue = queue.then(() => handle(event.data))
}
