/**
 * Failures of the local store. Each carries a stable `code` the renderer switches on (a recovery
 * screen for `db-newer`, a notice for `year-locked`) and a Chinese message for the person at the
 * screen. Error classes do not survive IPC, so `toAppError` flattens one into the shared shape.
 */
import type { AppError } from '../../shared/result'

export type StoreErrorCode =
  | 'db-newer'
  | 'db-open-failed'
  | 'store-emptier-than-marker'
  | 'no-operator'
  | 'not-found'
  | 'invalid-input'
  | 'year-locked'
  | 'year-not-locked'
  | 'reason-required'
  | 'duplicate'
  | 'package-invalid'
  | 'write-failed'

export class StoreError extends Error {
  readonly code: StoreErrorCode

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'StoreError'
    this.code = code
  }
}

export const isStoreError = (e: unknown): e is StoreError => e instanceof StoreError

/** Any thrown value as `{ code, message }`; unknown failures keep their text for the log. */
export function toAppError(e: unknown): AppError {
  if (e instanceof StoreError) return { code: e.code, message: e.message }
  const detail = e instanceof Error ? e.message : String(e)
  return { code: 'write-failed', message: `数据保存失败，数据未改变：${detail}` }
}
