/**
 * 第二十条: the office's recorded judgement of whether a unit completed the county's annual
 * environmental targets this year (完成 / 未完成 with a reason). Kept on the year's row; the
 * ranking reads it for 问责, the next year created from this one carries it as a past outcome.
 */
import type { TargetJudgement } from '../../domain'
import type { AssessmentDB } from '../core/database'
import { StoreError } from '../core/errors'
import { requireFound, requireReason, requireUnlockedYear, requireYear } from '../core/guards'
import { writeTransaction, type Session } from '../core/session'

export interface TargetJudgementInput {
  yearId: string
  unitId: string
  completed: boolean
  reason: string
}

/** Records (or replaces) a unit's judgement, with its history entry, in one transaction. */
export async function recordTargetJudgement(
  s: Session,
  input: TargetJudgementInput,
): Promise<TargetJudgement> {
  const reason = requireReason(input.reason, '目标任务完成情况')
  const { db } = s
  return writeTransaction(s, [db.years, db.units], async (w) => {
    const year = await requireUnlockedYear(db, input.yearId)
    const unit = requireFound(await db.units.get(input.unitId), '单位')
    if (unit.yearId !== year.id) throw new StoreError('not-found', '该单位不属于此年度。')
    const list = year.targetJudgements ?? []
    const old = list.find((j) => j.unitId === unit.id) ?? null
    const next: TargetJudgement = {
      unitId: unit.id,
      completed: input.completed,
      reason,
      at: w.at,
      by: w.who,
    }
    await db.years.put({
      ...year,
      targetJudgements: [...list.filter((j) => j.unitId !== unit.id), next],
    })
    await w.record({
      yearId: year.id,
      entity: 'target',
      entityId: unit.id,
      action: old ? 'edit' : 'add',
      oldValue: old,
      newValue: next,
      reason,
    })
    return next
  })
}

export async function listTargetJudgements(
  db: AssessmentDB,
  yearId: string,
): Promise<TargetJudgement[]> {
  return (await requireYear(db, yearId)).targetJudgements ?? []
}
