/// <reference lib="webworker" />
import { runImport, type ImportRequest, type WorkerMessage } from './excel-import-protocol'

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  runImport(event.data, (m: WorkerMessage) => self.postMessage(m))
}
