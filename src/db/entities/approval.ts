/**
 * 审定 and its undoing (SPEC §2 step 9): approving locks the year, after which every edit is
 * refused (guards.ts); unlocking needs a stated reason. Both are kept as approval rows and in
 * the history, so the record shows who approved, who reopened it and why.
 */
import type { AssessmentDB } from '../core/database'
import { StoreError } from '../core/errors'
import { requireReason, requireYear } from '../core/guards'
import type { ApprovalRow, YearRow } from '../core/rows'
import { writeTransaction, type Session } from '../core/session'

export async function approveYear(s: Session, yearId: string, note = ''): Promise<YearRow> {
  const { db } = s
  return writeTransaction(s, [db.years, db.approvals], async (w) => {
    const year = await requireYear(db, yearId)
    if (year.locked) throw new StoreError('year-locked', `${year.title}已审定锁定，无需重复审定。`)
    const next = { ...year, locked: true }
    await db.years.put(next)
    await db.approvals.add({ yearId, action: 'approve', at: w.at, by: w.who, reason: note.trim() })
    await w.record({
      yearId,
      entity: 'lock',
      entityId: yearId,
      action: 'approve',
      oldValue: { locked: false },
      newValue: { locked: true },
      reason: note.trim(),
    })
    return next
  })
}

export async function unlockYear(s: Session, yearId: string, reason: string): Promise<YearRow> {
  const why = requireReason(reason, '解除审定锁定')
  const { db } = s
  return writeTransaction(s, [db.years, db.approvals], async (w) => {
    const year = await requireYear(db, yearId)
    if (!year.locked) throw new StoreError('year-not-locked', `${year.title}尚未审定，无需解锁。`)
    const next = { ...year, locked: false }
    await db.years.put(next)
    await db.approvals.add({ yearId, action: 'unlock', at: w.at, by: w.who, reason: why })
    await w.record({
      yearId,
      entity: 'lock',
      entityId: yearId,
      action: 'unlock',
      oldValue: { locked: true },
      newValue: { locked: false },
      reason: why,
    })
    return next
  })
}

/** Oldest first: the year's approval record as it should be read. */
export async function listApprovals(db: AssessmentDB, yearId: string): Promise<ApprovalRow[]> {
  return db.approvals.where('yearId').equals(yearId).sortBy('seq')
}
