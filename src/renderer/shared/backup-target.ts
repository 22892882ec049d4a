import { platform } from '@platform'
import type { BackupTarget } from '../../db'
import type { Result } from '../../shared/result'

/**
 * The platform's backup folder as the store's backup runner wants it: calls that throw, with
 * the platform's Chinese message, so a failed backup write is never taken for a success.
 */
function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

export const backupTarget: BackupTarget = {
  write: async (name, text) => value(await platform.backupWrite(name, text)),
  list: async () => value(await platform.backupList()).map((f) => f.name),
  remove: async (name) => value(await platform.backupRemove(name)),
}

export async function readBackupText(name: string): Promise<string> {
  return value(await platform.backupRead(name))
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
