/**
 * The result of every call that crosses a process boundary. Error classes do not survive
 * Electron's structured clone, so failures travel as a stable `code` (for the program) and a
 * Chinese `message` (for the person at the screen).
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export interface AppError {
  code: string
  message: string
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: string, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
})
