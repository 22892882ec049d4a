/**
 * Who is at the keyboard, and the one way data is written. An office PC is shared, so the app
 * asks for the operator's name when it opens; every history entry carries it.
 *
 * `writeTransaction` is the only path to a change: it opens one read-write transaction over the
 * named tables plus `history`, hands the body a `record` function for history entries, and after
 * the commit refreshes the marker outside IndexedDB. Anything thrown inside rolls back the lot.
 */
import type { Table } from 'dexie'
import type { AssessmentDB } from './database'
import { StoreError } from './errors'
import { appendHistory, type HistoryInput } from './history'
import { refreshMarker, type MarkerStorage } from './marker'

const OPERATOR_KEY = 'operator'
const RECENT_OPERATORS_KEY = 'recentOperators'
const MAX_RECENT = 8

export interface Session {
  db: AssessmentDB
  operator: string
  /** Where the marker lives (localStorage in the app); absent in tests that do not need it. */
  marker?: MarkerStorage
  /** The clock, replaceable in tests. */
  now?: () => Date
}

export function normaliseOperatorName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ')
  if (trimmed === '') throw new StoreError('no-operator', '请填写操作人姓名。')
  if (trimmed.length > 20) throw new StoreError('invalid-input', '操作人姓名不能超过 20 个字。')
  return trimmed
}

/** Starts working as `operator`: remembers the name for the next app start. */
export async function startSession(
  db: AssessmentDB,
  operator: string,
  options: Pick<Session, 'marker' | 'now'> = {},
): Promise<Session> {
  const name = normaliseOperatorName(operator)
  const recent = await listRecentOperators(db)
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: OPERATOR_KEY, value: name })
    const next = [name, ...recent.filter((n) => n !== name)].slice(0, MAX_RECENT)
    await db.meta.put({ key: RECENT_OPERATORS_KEY, value: next })
  })
  return { db, operator: name, ...options }
}

/** The last operator, to preselect on the "who are you" screen; null on a new install. */
export async function lastOperator(db: AssessmentDB): Promise<string | null> {
  const v = (await db.meta.get(OPERATOR_KEY))?.value
  return typeof v === 'string' ? v : null
}

export async function listRecentOperators(db: AssessmentDB): Promise<string[]> {
  const v = (await db.meta.get(RECENT_OPERATORS_KEY))?.value
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
}

export const nowIso = (s: Session): string => (s.now ? s.now() : new Date()).toISOString()

/** A history entry as the body of a write describes it; who and when are filled in. */
export type ChangeRecord = Omit<HistoryInput, 'who' | 'at'>

/** A row of a year's table: what a history entry of the whole row is keyed by. */
export interface YearRecord {
  id: string
  yearId: string
}

export interface WriteScope {
  /** The same timestamp for every row and history entry of this write. */
  at: string
  who: string
  record(change: ChangeRecord): Promise<void>
  /** The entry for a row written for the first time: nothing before, the whole row after. */
  added(entity: string, row: YearRecord, reason?: string): Promise<void>
  /** The entry for a row replaced by another version of itself: both whole rows. */
  replaced<R extends YearRecord>(
    entity: string,
    action: string,
    before: R,
    after: R,
    reason?: string,
  ): Promise<void>
}

export async function writeTransaction<T>(
  s: Session,
  tables: Table[],
  body: (w: WriteScope) => Promise<T>,
): Promise<T> {
  const who = normaliseOperatorName(s.operator)
  const at = nowIso(s)
  const record = async (change: ChangeRecord) => {
    await appendHistory(s.db, { ...change, who, at })
  }
  const scope: WriteScope = {
    at,
    who,
    record,
    added: (entity, row, reason = '') =>
      record({
        yearId: row.yearId,
        entity,
        entityId: row.id,
        action: 'add',
        oldValue: null,
        newValue: row,
        reason,
      }),
    replaced: (entity, action, before, after, reason = '') =>
      record({
        yearId: before.yearId,
        entity,
        entityId: before.id,
        action,
        oldValue: before,
        newValue: after,
        reason,
      }),
  }
  // The scope function must itself be `async`: Dexie keeps the transaction current across
  // native awaits only for async scope functions (a plain arrow returning a promise loses it
  // after nested awaits and the write fails with PrematureCommitError).
  const result = await s.db.transaction('rw', [...tables, s.db.history], async () => body(scope))
  if (s.marker) await refreshMarker(s.db, s.marker)
  return result
}
