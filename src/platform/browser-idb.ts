/**
 * The few IndexedDB calls the browser platform needs for its own small stores (the log, the
 * backups), kept apart from the app's Dexie database so a failure there can still be recorded
 * and recovered from.
 */
export function openStore(
  dbName: string,
  store: string,
  options: IDBObjectStoreParameters,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(dbName, 1)
    req.onupgradeneeded = () => req.result.createObjectStore(store, options)
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error(`无法打开本机存储 ${dbName}`))
  })
}

export function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error ?? new Error('写入本机存储失败'))
    tx.onabort = () => reject(tx.error ?? new Error('写入本机存储被中止'))
  })
}

/** Runs `body` in one transaction on `store`, then closes the database. */
export async function withStore<T>(
  dbName: string,
  store: string,
  options: IDBObjectStoreParameters,
  mode: IDBTransactionMode,
  body: (s: IDBObjectStore) => () => T,
): Promise<T> {
  const db = await openStore(dbName, store, options)
  try {
    const tx = db.transaction(store, mode, { durability: 'strict' })
    const read = body(tx.objectStore(store))
    await transactionDone(tx)
    return read()
  } finally {
    db.close()
  }
}
