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
  refused:
    '浏览器没有答应长期保存考评通的数据：磁盘空间不足时，数据可能被自动清除，存在同一浏览器里的自动备份也会一起被清除。' +
    '请每天工作结束前点本页的“导出全部年度”，把文件存到 U 盘或另一台电脑；长期使用请安装桌面版考评通。',
  unsupported:
    '这个浏览器不能长期保存考评通的数据，数据可能被自动清除。' +
    '请每天工作结束前点本页的“导出全部年度”，把文件存到 U 盘或另一台电脑；长期使用请安装桌面版考评通。',
}
