/**
 * A small record of how much the store held, kept outside IndexedDB (localStorage in the app).
 * Chromium can silently replace a damaged IndexedDB with an empty one; without this marker the
 * app would then start fresh and the office would type its year in again over its backups.
 * At start, `checkStoreAgainstMarker` compares the store with the marker and reports when the
 * store came back emptier, so the app refuses to start fresh and offers the backups instead.
 *
 * The marker is written after each committed write. A crash between the commit and the marker
 * leaves the marker behind the store (never ahead), which the check accepts.
 */
import { YEAR_TABLES } from './database'
import type { AssessmentDB } from './database'

/** The part of the Web Storage API the marker needs; `localStorage` satisfies it. */
export interface MarkerStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

/** Every table of year data, plus the history: what a silent reset would empty. */
const COUNTED_TABLES = [...YEAR_TABLES, 'history'] as const

export type CountedTable = (typeof COUNTED_TABLES)[number]

export interface StoreFigures {
  counts: Record<CountedTable, number>
  lastHistoryHash: string | null
}

export interface Marker extends StoreFigures {
  version: 1
  writtenAt: string
}

export const markerKey = (db: AssessmentDB): string => `kaopingtong.marker.${db.name}`

export async function readStoreFigures(db: AssessmentDB): Promise<StoreFigures> {
  return db.transaction('r', [...COUNTED_TABLES], async () => {
    const counts = {} as Record<CountedTable, number>
    for (const t of COUNTED_TABLES) counts[t] = await db.table(t).count()
    const last = await db.history.orderBy('seq').last()
    return { counts, lastHistoryHash: last?.hash ?? null }
  })
}

export async function refreshMarker(db: AssessmentDB, storage: MarkerStorage): Promise<Marker> {
  const marker: Marker = {
    version: 1,
    writtenAt: new Date().toISOString(),
    ...(await readStoreFigures(db)),
  }
  try {
    storage.setItem(markerKey(db), JSON.stringify(marker))
  } catch {
    // A full or disabled localStorage must not fail a write that IndexedDB has committed;
    // the check at the next start then compares against an older, smaller marker.
  }
  return marker
}

export function readMarker(db: AssessmentDB, storage: MarkerStorage): Marker | null {
  const text = storage.getItem(markerKey(db))
  if (text === null) return null
  try {
    const m = JSON.parse(text) as Partial<Marker>
    return m.version === 1 && m.counts ? (m as Marker) : null
  } catch {
    return null
  }
}

export interface Shortfall {
  table: CountedTable
  expected: number
  found: number
}

export type MarkerCheck =
  | { status: 'no-marker' }
  | { status: 'ok' }
  | { status: 'emptier'; shortfalls: Shortfall[]; marker: Marker; message: string }

export const TABLE_LABELS: Record<CountedTable, string> = {
  years: '年度',
  units: '单位',
  criteria: '细则版本',
  submissions: '自查材料',
  reviewers: '评分人',
  scores: '评分',
  adjustments: '复核调整',
  ledger: '问题台账',
  approvals: '审定记录',
  history: '历史记录',
}

export async function checkStoreAgainstMarker(
  db: AssessmentDB,
  storage: MarkerStorage,
): Promise<MarkerCheck> {
  const marker = readMarker(db, storage)
  if (marker === null) return { status: 'no-marker' }
  const { counts } = await readStoreFigures(db)
  const shortfalls: Shortfall[] = COUNTED_TABLES.filter(
    (t) => counts[t] < (marker.counts[t] ?? 0),
  ).map((t) => ({ table: t, expected: marker.counts[t], found: counts[t] }))
  if (shortfalls.length === 0) return { status: 'ok' }
  const detail = shortfalls
    .map((s) => `${TABLE_LABELS[s.table]}应有 ${s.expected} 条，现有 ${s.found} 条`)
    .join('；')
  return {
    status: 'emptier',
    shortfalls,
    marker,
    message:
      `本机数据库比上次关闭时少了数据（${detail}）。数据库可能已被浏览器内核重置。` +
      '为免覆盖，考评通不会从空白开始：请从备份恢复。',
  }
}

/** After the office has restored from a backup (or chosen to start over knowingly). */
export function forgetMarker(db: AssessmentDB, storage: MarkerStorage): void {
  storage.removeItem(markerKey(db))
}
