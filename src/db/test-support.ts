/**
 * Helpers for this folder's tests only (never imported by app code): a fresh database name per
 * test, so tests share one fake IndexedDB without seeing each other's data.
 */
let counter = 0

export const freshDbName = (label = 'test'): string =>
  `kpt-${label}-${Date.now()}-${Math.random().toString(36).slice(2)}-${counter++}`
