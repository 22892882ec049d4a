/**
 * The checks every IPC request passes before any handler runs, kept free of Electron so that
 * tests can feed it hostile senders and payloads: the sender frame must be the app's own page,
 * the payload must match the contract, and any failure comes back as a Result with a Chinese
 * message (an exception would lose its class crossing the process boundary anyway).
 */
import {
  ipcContract,
  type IpcName,
  type IpcRequest,
  type IpcResponse,
} from '../../src/shared/ipc-contract'
import { fail, ok, type Result } from '../../src/shared/result'
import { isTrustedSender, type RequestPolicyOptions } from './url-policy'

export type IpcHandlers = {
  [N in IpcName]: (req: IpcRequest<N>) => Promise<IpcResponse<N>>
}

/** A failure a handler wants shown as is (e.g. 备份文件不存在), not as an internal error. */
export class HandledError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

export function dispatcher<N extends IpcName>(
  name: N,
  handler: IpcHandlers[N],
  opts: RequestPolicyOptions & { onError?: (err: unknown) => void },
) {
  return async (senderUrl: string | undefined, raw: unknown): Promise<Result<IpcResponse<N>>> => {
    if (!isTrustedSender(senderUrl, opts)) {
      return fail('forbidden', '已拒绝：请求不是来自本应用的页面')
    }
    const parsed = ipcContract[name].request.safeParse(raw)
    if (!parsed.success) {
      const first = parsed.error.issues[0]
      const where = first?.path.length ? `（${first.path.join('.')}）` : ''
      return fail('bad-request', `请求参数不合法${where}：${first?.message ?? '格式错误'}`)
    }
    try {
      const value = await handler(parsed.data as IpcRequest<N>)
      return ok(value)
    } catch (err) {
      if (err instanceof HandledError) return fail(err.code, err.message)
      opts.onError?.(err)
      return fail('internal', `操作失败：${err instanceof Error ? err.message : String(err)}`)
    }
  }
}
