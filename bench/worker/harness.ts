/// <reference lib="dom" />
/**
 * The page side of the worker benchmark (bench/worker-set.ts drives it): one fresh worker per
 * measurement, so the first set it makes is cold as in the app after 文件输出 opens.
 */
let worker: Worker | null = null

function ask<T>(message: object): Promise<T> {
  return new Promise((resolve, reject) => {
    const w = worker!
    w.onmessage = (e: MessageEvent<T & { error?: string }>) =>
      e.data.error ? reject(new Error(e.data.error)) : resolve(e.data)
    w.onerror = (e) => reject(new Error(e.message))
    w.postMessage(message)
  })
}

Object.assign(window, {
  bench: {
    async start(group: string): Promise<void> {
      worker?.terminate()
      worker = new Worker(new URL('./bench.worker.ts', import.meta.url), { type: 'module' })
      await ask({ type: 'load', group })
    },
    set: () => ask<{ ms: number; pages: number }>({ type: 'set' }),
  },
})
