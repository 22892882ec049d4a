import { withStore } from './browser-idb'
import type { LogEntry } from './platform'

/**
 * The browser's local log: a small IndexedDB database of its own, apart from the app's data,
 * so a failure of the data store can still be written down. Only the newest entries are kept.
 */
const DB_NAME = 'kaopingtong-log'
const STORE = 'entries'
const KEEP = 2000

export interface StoredLogEntry extends LogEntry {
  at: string
}

export function appendLog(entry: LogEntry): Promise<void> {
  return withStore(DB_NAME, STORE, { autoIncrement: true }, 'readwrite', (store) => {
    const row: StoredLogEntry = { ...entry, at: new Date().toISOString() }
    store.add(row)
    const countReq = store.count()
    countReq.onsuccess = () => {
      let excess = countReq.result - KEEP
      if (excess <= 0) return
      // Keys are increasing integers: delete the oldest ones.
      const cursorReq = store.openKeyCursor()
      cursorReq.onsuccess = () => {
        const cursor = cursorReq.result
        if (!cursor || excess <= 0) return
        store.delete(cursor.primaryKey)
        excess -= 1
        cursor.continue()
      }
    }
    return () => undefined
  })
}

export function readLog(): Promise<StoredLogEntry[]> {
  return withStore(DB_NAME, STORE, { autoIncrement: true }, 'readonly', (store) => {
    const req = store.getAll()
    return () => req.result as StoredLogEntry[]
  })
}
