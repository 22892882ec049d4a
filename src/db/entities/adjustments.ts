/**
 * 复核 adjustments by the performance office (SPEC §2 step 5): a signed change in hundredths on
 * one item or on the unit's total, always with a reason and a reference to daily supervision.
 * Withdrawn adjustments stay as rows marked `removed`, so the history can be followed.
 */
import { checkAdjustmentBounds, type AdjustmentContext } from '../../domain'
import { currentCriteria } from './criteria'
import type { AssessmentDB } from '../core/database'
import { StoreError } from '../core/errors'
import { requireFound, requireReason, requireUnlockedYear } from '../core/guards'
import { newId } from '../core/ids'
import type { AdjustmentRow, UnitRow, YearRow } from '../core/rows'
import { writeTransaction, type Session } from '../core/session'

export interface AdjustmentInput {
  yearId: string
  unitId: string
  itemCode: string | null
  /** Integer hundredths, signed, not zero. */
  delta: number
  reason: string
  supervisionRef?: string
}

export async function addAdjustment(s: Session, input: AdjustmentInput): Promise<AdjustmentRow> {
  if (!Number.isInteger(input.delta) || input.delta === 0) {
    throw new StoreError('invalid-input', '调整分值须为非零数，最多两位小数。')
  }
  const reason = requireReason(input.reason, '复核调整')
  const { db } = s
  const tables = [db.years, db.units, db.adjustments, db.criteria, db.scores]
  return writeTransaction(s, tables, async (w) => {
    const year = await requireUnlockedYear(db, input.yearId)
    const unit = requireFound(await db.units.get(input.unitId), '单位')
    if (unit.yearId !== input.yearId) throw new StoreError('not-found', '该单位不属于此年度。')
    const ctx = await adjustmentContext(db, year, unit)
    const outside = ctx && checkAdjustmentBounds(ctx, input)
    if (outside) throw new StoreError('invalid-input', outside)
    const row: AdjustmentRow = {
      id: newId('adj'),
      yearId: input.yearId,
      unitId: input.unitId,
      itemCode: input.itemCode,
      delta: input.delta,
      reason,
      supervisionRef: (input.supervisionRef ?? '').trim(),
      at: w.at,
      by: w.who,
      removed: false,
    }
    await db.adjustments.add(row)
    await w.added('adjustment', row, reason)
    return row
  })
}

/**
 * What the domain needs to tell whether an adjustment keeps the unit on the 百分制: its sheet,
 * its reviewer scores and its standing adjustments (undefined while the sequence has no sheet).
 */
export async function adjustmentContext(
  db: AssessmentDB,
  year: YearRow,
  unit: UnitRow,
): Promise<AdjustmentContext | undefined> {
  const [criteria, scores, adjustments] = await Promise.all([
    currentCriteria(db, year.id, unit.sequence),
    db.scores.where('[yearId+unitId]').equals([year.id, unit.id]).toArray(),
    db.adjustments.where('[yearId+unitId]').equals([year.id, unit.id]).toArray(),
  ])
  if (!criteria) return undefined
  return {
    unit,
    sheet: criteria.sheet,
    aggregation: year.settings.aggregation,
    scores,
    adjustments,
  }
}

export async function removeAdjustment(s: Session, id: string, reason: string): Promise<void> {
  const why = requireReason(reason, '撤销复核调整')
  const { db } = s
  await writeTransaction(s, [db.years, db.adjustments], async (w) => {
    const old = requireFound(await db.adjustments.get(id), '复核调整')
    await requireUnlockedYear(db, old.yearId)
    if (old.removed) return
    await db.adjustments.put({ ...old, removed: true })
    await w.replaced('adjustment', 'remove', old, { ...old, removed: true }, why)
  })
}

export async function listAdjustments(
  db: AssessmentDB,
  yearId: string,
  unitId?: string,
): Promise<AdjustmentRow[]> {
  const rows =
    unitId === undefined
      ? await db.adjustments.where('yearId').equals(yearId).toArray()
      : await db.adjustments.where('[yearId+unitId]').equals([yearId, unitId]).toArray()
  return rows.filter((r) => !r.removed).sort((a, b) => a.at.localeCompare(b.at))
}
