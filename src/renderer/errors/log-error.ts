import { platform } from '@platform'

/** Writes an error to the local log. Never throws: logging must not cause a second failure. */
export async function logError(error: unknown, context: string): Promise<void> {
  const { message, stack } = describeError(error)
  try {
    await platform.log({ level: 'error', message, stack, context })
  } catch {
    // The log itself failed (storage full, blocked): the error page is still shown.
  }
}

export function describeError(error: unknown): { message: string; stack?: string } {
  if (error instanceof Error) return { message: error.message || error.name, stack: error.stack }
  if (typeof error === 'string') return { message: error }
  try {
    return { message: JSON.stringify(error) ?? String(error) }
  } catch {
    return { message: String(error) }
  }
}
