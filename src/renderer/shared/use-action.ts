import { useCallback, useState } from 'react'
import { toAppError } from '../../db'
import { useNotify } from './notify'
import { logError } from '../errors/log-error'

/**
 * Runs a change of data and says how it went: a notification with what was done on success,
 * the store's Chinese reason on refusal. A refused write has changed nothing (the store runs
 * each write as one transaction), and the message says so.
 */
export function useAction() {
  const notify = useNotify()
  const [busy, setBusy] = useState(false)

  const run = useCallback(
    async <T>(
      work: () => Promise<T>,
      describe: (result: T) => { title: string; message?: string },
      options: {
        /** Returns true for a failure the caller answers itself (no error notification). */
        handled?: (e: unknown) => boolean
      } = {},
    ): Promise<T | undefined> => {
      setBusy(true)
      try {
        const result = await work()
        notify({ kind: 'success', ...describe(result) })
        return result
      } catch (e) {
        if (options.handled?.(e)) return undefined
        const err = toAppError(e)
        if (err.code === 'write-failed') void logError(e, '保存数据')
        notify({ kind: 'error', title: '未能完成，数据没有改动', message: err.message })
        return undefined
      } finally {
        setBusy(false)
      }
    },
    [notify],
  )
  return { run, busy }
}
