import { logError } from './log-error'

/**
 * Errors that escape React (event handlers, timers, promises nobody awaited). They are logged
 * and published to the app, which replaces the page with the error page: carrying on after an
 * unknown failure could show wrong numbers.
 */
export interface CaughtError {
  error: unknown
  /** Where it was caught: `未处理的错误` or `未处理的异步错误`. */
  source: string
}

type Listener = (caught: CaughtError | null) => void

let current: CaughtError | null = null
const listeners = new Set<Listener>()

export function reportError(error: unknown, source: string): void {
  void logError(error, source)
  // The first error is the cause; later ones are usually its consequences.
  if (current) return
  current = { error, source }
  for (const l of listeners) l(current)
}

export function clearError(): void {
  current = null
  for (const l of listeners) l(null)
}

export function subscribeErrors(listener: Listener): () => void {
  listeners.add(listener)
  listener(current)
  return () => listeners.delete(listener)
}

let installed = false
export function installGlobalErrorHandlers(): void {
  if (installed) return
  installed = true
  window.addEventListener('error', (event) => {
    // Failed <img>/<script> loads arrive here too, without an error object; they are not crashes.
    if (!(event instanceof ErrorEvent)) return
    reportError(event.error ?? event.message, '未处理的错误')
  })
  window.addEventListener('unhandledrejection', (event) => {
    reportError(event.reason, '未处理的异步错误')
  })
}
