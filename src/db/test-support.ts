/**
 * Helpers for this folder's tests only (never imported by app code): a fresh database per test,
 * so tests share one fake IndexedDB without seeing each other's data, and an in-memory stand-in
 * for localStorage.
 */
import type { MarkerStorage } from './marker'
import { openDatabase } from './open-database'
import { startSession, type Session } from './session'

let counter = 0

export const freshDbName = (label = 'test'): string =>
  `kpt-${label}-${Date.now()}-${Math.random().toString(36).slice(2)}-${counter++}`

export class MemoryStorage implements MarkerStorage {
  readonly items = new Map<string, string>()
  getItem(key: string): string | null {
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value)
  }
  removeItem(key: string): void {
    this.items.delete(key)
  }
}

/** A session on a new, empty database, with a fixed clock that ticks one second per call. */
export async function testSession(operator = '王敏', label = 'test'): Promise<Session> {
  const db = await openDatabase({ name: freshDbName(label) })
  let t = Date.parse('2026-03-01T01:00:00.000Z')
  return startSession(db, operator, {
    marker: new MemoryStorage(),
    now: () => new Date((t += 1000)),
  })
}

/** A year with two townships and one department, and a one-item sheet per sequence. */
export async function testYear(s: Session, year = 2026) {
  const { createYear } = await import('./years')
  return createYear(
    s,
    { year, settings: { aggregation: 'mean' } },
    {
      units: [
        { name: '青山镇', sequence: 'township', retired: false, data: {} },
        { name: '绿水街道', sequence: 'township', retired: false, data: {} },
        { name: '县生态环境局', sequence: 'department', retired: false, data: {} },
      ],
      criteria: [
        { sequence: 'township', sheet: { items: [{ code: 'A1', max: 1000 }] } },
        { sequence: 'department', sheet: { items: [{ code: 'B1', max: 1000 }] } },
      ],
    },
    'scratch',
  )
}
