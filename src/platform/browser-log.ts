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

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1)
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { autoIncrement: true })
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('无法打开本机日志'))
  })
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error ?? new Error('写入本机日志失败'))
    tx.onabort = () => reject(tx.error ?? new Error('写入本机日志被中止'))
  })
}

export async function appendLog(entry: LogEntry): Promise<void> {
  const db = await open()
  try {
    const tx = db.transaction(STORE, 'readwrite')
    const store = tx.objectStore(STORE)
    const row: StoredLogEntry = { ...entry, at: new Date().toISOString() }
    store.add(row)
    const countReq = store.count()
    countReq.onsuccess = () => {
      const excess = countReq.result - KEEP
      if (excess <= 0) return
      // Keys are increasing integers: delete the oldest ones.
      const cursorReq = store.openKeyCursor()
      let left = excess
      cursorReq.onsuccess = () => {
        const cursor = cursorReq.result
        if (!cursor || left <= 0) return
        store.delete(cursor.primaryKey)
        left -= 1
        cursor.continue()
      }
    }
    await done(tx)
  } finally {
    db.close()
  }
}

export async function readLog(): Promise<StoredLogEntry[]> {
  const db = await open()
  try {
    const tx = db.transaction(STORE, 'readonly')
    const req = tx.objectStore(STORE).getAll()
    await done(tx)
    return req.result as StoredLogEntry[]
  } finally {
    db.close()
  }
}
