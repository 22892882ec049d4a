import { withStore } from './browser-idb'
import type { BackupFile } from './platform'

/**
 * The browser's "backup folder": its own IndexedDB database, one record per backup file. A
 * record is written in one transaction, which is what temp-file-then-rename gives on disk:
 * a backup is there whole or not at all. It lives in the same browser profile as the data, so
 * it protects against mistakes, not against losing the profile — the office's own exported
 * packages do that.
 */
const DB_NAME = 'kaopingtong-backups'
const STORE = 'files'
const OPTIONS = { keyPath: 'name' }

interface BackupRecord extends BackupFile {
  text: string
}

const SAFE_NAME = /^[^/\\:*?"<>|]+$/

export function checkBackupName(name: string): string | null {
  if (!SAFE_NAME.test(name) || name === '.' || name === '..') return `备份文件名“${name}”无效`
  return null
}

export function writeBackup(name: string, text: string): Promise<void> {
  const record: BackupRecord = {
    name,
    text,
    size: new TextEncoder().encode(text).length,
    modifiedAt: new Date().toISOString(),
  }
  return withStore(DB_NAME, STORE, OPTIONS, 'readwrite', (s) => {
    s.put(record)
    return () => undefined
  })
}

export function listBackups(): Promise<BackupFile[]> {
  return withStore(DB_NAME, STORE, OPTIONS, 'readonly', (s) => {
    const req = s.getAll()
    return () =>
      (req.result as BackupRecord[]).map(({ name, size, modifiedAt }) => ({
        name,
        size,
        modifiedAt,
      }))
  })
}

export function readBackup(name: string): Promise<string | null> {
  return withStore(DB_NAME, STORE, OPTIONS, 'readonly', (s) => {
    const req = s.get(name)
    return () => (req.result as BackupRecord | undefined)?.text ?? null
  })
}

export function removeBackup(name: string): Promise<void> {
  return withStore(DB_NAME, STORE, OPTIONS, 'readwrite', (s) => {
    s.delete(name)
    return () => undefined
  })
}
