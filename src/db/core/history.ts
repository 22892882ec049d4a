/**
 * The append-only history (SPEC §6) as a hash chain: each entry's `hash` covers its content and
 * the previous entry's hash, so editing, reordering or removing an entry breaks the chain at
 * that point, and the marker outside IndexedDB (marker.ts) catches a cut-off tail.
 *
 * `appendHistory` must run inside a read-write transaction that includes `history`: it reads
 * the last entry and appends after it in the same transaction, so the chain cannot fork.
 */
import { GENESIS_HASH, historyEntryHash } from '../../domain'
import type { AssessmentDB } from './database'
import type { HistoryRow } from './rows'

// One formula for the store's chain and the package's (the domain's), so entries hash alike.
export { GENESIS_HASH, historyEntryHash }

export type HistoryInput = Omit<HistoryRow, 'seq' | 'prevHash' | 'hash'>

export async function appendHistory(db: AssessmentDB, entry: HistoryInput): Promise<HistoryRow> {
  const last = await db.history.orderBy('seq').last()
  const prevHash = last?.hash ?? GENESIS_HASH
  // Normalise through JSON so the stored entry is exactly what was hashed (no undefined
  // members, no Date objects that IndexedDB would keep as something else).
  const clean = JSON.parse(JSON.stringify(entry)) as HistoryInput
  const row: HistoryRow = { ...clean, prevHash, hash: historyEntryHash(clean, prevHash) }
  row.seq = await db.history.add(row)
  return row
}

export type HistoryCheck =
  | { intact: true; count: number; lastHash: string }
  | { intact: false; count: number; brokenAtSeq: number; message: string }

/** Walks the whole chain in order; reports the first entry that does not fit. */
export async function verifyHistory(db: AssessmentDB): Promise<HistoryCheck> {
  let prevHash = GENESIS_HASH
  let count = 0
  let broken: { seq: number; message: string } | null = null
  await db.history.orderBy('seq').each((row) => {
    if (broken !== null) return
    count++
    const seq = row.seq ?? -1
    if (row.prevHash !== prevHash) {
      broken = {
        seq,
        message: `历史记录第 ${seq} 条与前一条衔接不上：其前面的记录被删除或改动过。`,
      }
    } else if (historyEntryHash(row, row.prevHash) !== row.hash) {
      broken = { seq, message: `历史记录第 ${seq} 条的内容被改动过（校验值不符）。` }
    }
    prevHash = row.hash
  })
  if (broken === null) return { intact: true, count, lastHash: prevHash }
  const b = broken as { seq: number; message: string }
  return { intact: false, count, brokenAtSeq: b.seq, message: b.message }
}

export interface HistoryQuery {
  yearId?: string
  entity?: string
  entityId?: string
  limit?: number
}

/** Newest first, for the history page and the per-record "what happened" panels. */
export async function listHistory(db: AssessmentDB, q: HistoryQuery = {}): Promise<HistoryRow[]> {
  const limit = q.limit ?? 500
  const base =
    q.entity !== undefined && q.entityId !== undefined
      ? db.history.where('[entity+entityId]').equals([q.entity, q.entityId])
      : q.yearId !== undefined
        ? db.history.where('yearId').equals(q.yearId)
        : db.history.toCollection()
  const filtered = base.filter(
    (r) =>
      (q.yearId === undefined || r.yearId === q.yearId) &&
      (q.entity === undefined || r.entity === q.entity),
  )
  const rows = await filtered.reverse().sortBy('seq')
  return rows.slice(0, limit)
}
