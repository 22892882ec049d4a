/**
 * 考评组成员 of a year. Scores refer to reviewers by id, so a reviewer is retired, not deleted.
 */
import type { AssessmentDB } from '../core/database'
import { StoreError } from '../core/errors'
import { requireFound, requireUnlockedYear } from '../core/guards'
import { newId } from '../core/ids'
import type { ReviewerRow } from '../core/rows'
import { writeTransaction, type Session } from '../core/session'

export async function listReviewers(
  db: AssessmentDB,
  yearId: string,
  includeRetired = false,
): Promise<ReviewerRow[]> {
  const rows = await db.reviewers.where('yearId').equals(yearId).toArray()
  return rows
    .filter((r) => includeRetired || !r.retired)
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
}

export async function addReviewer(s: Session, yearId: string, name: string): Promise<ReviewerRow> {
  const clean = name.trim()
  if (clean === '') throw new StoreError('invalid-input', '请填写评分人姓名。')
  const { db } = s
  return writeTransaction(s, [db.years, db.reviewers], async (w) => {
    await requireUnlockedYear(db, yearId)
    const same = await db.reviewers
      .where('yearId')
      .equals(yearId)
      .filter((r) => r.name === clean && !r.retired)
      .first()
    if (same) throw new StoreError('duplicate', `本年度已有评分人“${clean}”。`)
    const row: ReviewerRow = { id: newId('rev'), yearId, name: clean, retired: false }
    await db.reviewers.add(row)
    await w.added('reviewer', row)
    return row
  })
}

export async function retireReviewer(s: Session, reviewerId: string, reason = ''): Promise<void> {
  const { db } = s
  await writeTransaction(s, [db.years, db.reviewers], async (w) => {
    const old = requireFound(await db.reviewers.get(reviewerId), '评分人')
    await requireUnlockedYear(db, old.yearId)
    await db.reviewers.put({ ...old, retired: true })
    await w.record({
      yearId: old.yearId,
      entity: 'reviewer',
      entityId: reviewerId,
      action: 'retire',
      oldValue: { retired: old.retired },
      newValue: { retired: true },
      reason,
    })
  })
}
