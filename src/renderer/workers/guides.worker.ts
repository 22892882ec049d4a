/// <reference lib="webworker" />
import { makeGuide } from './guides-protocol'

self.onmessage = (event: MessageEvent<unknown>) => {
  void makeGuide(event.data).then((answer) => self.postMessage(answer))
}
