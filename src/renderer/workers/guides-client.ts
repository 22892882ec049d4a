import { fail, ok, type Result } from '../../shared/result'
import type { GuideAnswer, GuideRequest } from './guides-protocol'

/** One guide from a worker of its own, stopped when it answers. */
export function guideInWorker(
  req: GuideRequest,
): Promise<Result<{ name: string; bytes: Uint8Array }>> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./guides.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (e: MessageEvent<GuideAnswer>) => {
      worker.terminate()
      const m = e.data
      resolve(
        m.type === 'done' ? ok({ name: m.name, bytes: m.bytes }) : fail('guide-failed', m.message),
      )
    }
    worker.onerror = (e) => {
      worker.terminate()
      resolve(fail('guide-failed', `生成说明的进程出错：${e.message || '无法启动'}`))
    }
    worker.postMessage(req)
  })
}
