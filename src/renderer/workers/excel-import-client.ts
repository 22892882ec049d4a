/**
 * Runs a batch import in a worker and stops it after a time limit. Nothing is written here:
 * the caller stores the returned package (one transaction) only when the worker finished.
 */
import { fail, ok, type Result } from '../../shared/result'
import type { ImportRequest, WorkerMessage } from './excel-import-protocol'

export type ImportDone = Extract<WorkerMessage, { type: 'done' }>

export function importInWorker(
  req: ImportRequest,
  opts: {
    timeoutMs?: number
    onProgress?: (done: number, total: number, file: string) => void
  } = {},
): Promise<Result<ImportDone>> {
  const timeoutMs = opts.timeoutMs ?? 20_000 + req.files.length * 2_000
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./excel-import.worker.ts', import.meta.url), {
      type: 'module',
    })
    const timer = setTimeout(() => {
      worker.terminate()
      resolve(
        fail(
          'import-timeout',
          `解析超过 ${Math.round(timeoutMs / 1000)} 秒仍未完成，已停止；本次没有导入任何文件。请检查文件是否损坏或过大。`,
        ),
      )
    }, timeoutMs)
    const finish = (r: Result<ImportDone>) => {
      clearTimeout(timer)
      worker.terminate()
      resolve(r)
    }
    worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
      const m = e.data
      if (m.type === 'progress') opts.onProgress?.(m.done, m.total, m.file)
      else if (m.type === 'done') finish(ok(m))
      else finish(fail('import-failed', m.message))
    }
    worker.onerror = (e) => finish(fail('import-failed', `导入进程出错：${e.message}`))
    worker.postMessage(req)
  })
}
