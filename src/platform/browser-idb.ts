/**
 * The few IndexedDB calls the browser platform needs for its own small stores (the log, the
 * backups), kept apart from the app's Dexie database so a failure there can still be recorded
 * and recovered from.
 */
/**
 * What the office reads when the browser will not keep data: what happened and what to do, in
 * plain words. The browser's own error (QuotaExceededError, InvalidStateError…) is kept as the
 * cause for the log.
 */
export const STORAGE_REFUSED =
  '浏览器不让考评通在本机保存数据（常见于无痕窗口，或浏览器设置了“不保存网站数据”）。' +
  '请用普通窗口打开考评通，或在浏览器设置中允许本网址保存数据；长期使用请安装桌面版考评通。'

export const WRITE_REFUSED =
  '浏览器没有写入考评通的数据，可能是磁盘空间不足。请清理磁盘后再试，并在“数据与备份”中导出全部年度存到 U 盘。'

export function openStore(
  dbName: string,
  store: string,
  options: IDBObjectStoreParameters,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(dbName, 1)
    req.onupgradeneeded = () => req.result.createObjectStore(store, options)
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(new Error(STORAGE_REFUSED, { cause: req.error }))
  })
}

export function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(new Error(WRITE_REFUSED, { cause: tx.error }))
    tx.onabort = () => reject(new Error(WRITE_REFUSED, { cause: tx.error }))
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
