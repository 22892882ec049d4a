/**
 * Checks that run inside a write transaction, before anything is changed, so a refused write
 * never leaves a trace. Messages name the record the way the office knows it.
 */
import type { AssessmentDB } from './database'
import { StoreError } from './errors'
import type { YearRow } from './rows'

export async function requireYear(db: AssessmentDB, yearId: string): Promise<YearRow> {
  const year = await db.years.get(yearId)
  if (!year) throw new StoreError('not-found', '找不到该考评年度，可能已被删除或替换。')
  return year
}

/** Approved years are read-only until unlocked with a stated reason (SPEC §2 step 9). */
export async function requireUnlockedYear(db: AssessmentDB, yearId: string): Promise<YearRow> {
  const year = await requireYear(db, yearId)
  if (year.locked) {
    throw new StoreError(
      'year-locked',
      `${year.title}的考评结果已审定并锁定，不能再修改。如确需修改，请先说明理由解除锁定。`,
    )
  }
  return year
}

export function requireReason(reason: string | undefined, what: string): string {
  const r = (reason ?? '').trim()
  if (r === '') throw new StoreError('reason-required', `${what}必须填写理由。`)
  return r
}

export function requireFound<T>(row: T | undefined, what: string): T {
  if (row === undefined) throw new StoreError('not-found', `找不到该${what}，可能已被删除。`)
  return row
}
