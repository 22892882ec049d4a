/**
 * Asks the browser not to evict the store under storage pressure. Electron usually grants it;
 * the answer is shown in 数据与备份 so the office knows whether the data is protected.
 */
export type PersistState = 'persisted' | 'granted-now' | 'refused' | 'unsupported'

/** The slice of `navigator.storage` used here, injectable for tests. */
export interface PersistApi {
  persisted(): Promise<boolean>
  persist(): Promise<boolean>
}

export async function requestPersistentStorage(
  api: PersistApi | undefined = globalThis.navigator?.storage,
): Promise<PersistState> {
  if (!api || typeof api.persist !== 'function') return 'unsupported'
  try {
    if (await api.persisted()) return 'persisted'
    return (await api.persist()) ? 'granted-now' : 'refused'
  } catch {
    return 'refused'
  }
}

export const PERSIST_LABELS: Record<PersistState, string> = {
  persisted: '数据已设为持久保存',
  'granted-now': '已申请并获准持久保存数据',
  refused: '未获准持久保存：磁盘空间紧张时数据可能被清除，请定期备份',
  unsupported: '当前环境不支持持久保存设置，请定期备份',
}
