import { formatPoints as f, type Points } from '../points'
import type { Adjustment, ReviewerScore } from '../model/assessment'
import type { CriteriaSheet } from '../model/criteria'
import type { Aggregation } from '../model/settings'
import type { Unit } from '../model/unit'
import { emptyYearPackage } from '../package/new-year'
import { computeResults } from './compute-results'

/** The 百分制: a total outside [0, 100.00] is no score of the rules. */
const FULL = 10000

const signed = (p: Points) => (p > 0 ? `+${f(p)}` : f(p))

/**
 * Why a unit's total on the 百分制 (item scores plus adjustments to the total, before any
 * ledger deduction) is out of bounds, naming the figures; null when it is within 0–100.
 * One sentence for the entry form, the store's write and `validate`.
 */
export function totalOutOfBounds(
  unitName: string,
  itemsTotal: Points,
  totalAdjustment: Points,
): string | null {
  const total = itemsTotal + totalAdjustment
  if (total >= 0 && total <= FULL) return null
  const side = total > FULL ? '超过 100 分' : '低于 0 分'
  return `${unitName}复核调整后总分为 ${f(total)} 分（各项得分合计 ${f(itemsTotal)} 分，总分调整合计 ${signed(totalAdjustment)} 分），${side}，超出百分制`
}

export interface AdjustmentContext {
  unit: Pick<Unit, 'id' | 'name' | 'sequence' | 'kind'>
  sheet: CriteriaSheet
  aggregation: Aggregation
  /** The unit's reviewer scores. */
  scores: readonly Pick<ReviewerScore, 'reviewerId' | 'itemCode' | 'score'>[]
  /** The unit's adjustments so far (withdrawn ones are skipped). */
  adjustments: readonly Pick<Adjustment, 'itemCode' | 'delta' | 'removed'>[]
}

/**
 * Refuses, at entry, an adjustment that would take the unit's total off the 百分制 (SPEC §3:
 * adjustments never take a total above 100): before, a package with 90 + 15 ranked first at
 * 105.00 and `validate` only said 请留意. The total is worked out by computeResults itself, on a
 * year holding only this unit, so the check can never disagree with the ranking.
 */
export function checkAdjustmentBounds(
  ctx: AdjustmentContext,
  added: Pick<Adjustment, 'itemCode' | 'delta'>,
): string | null {
  const pkg = emptyYearPackage(2000)
  pkg.criteria[ctx.unit.sequence] = ctx.sheet
  pkg.settings = { ...pkg.settings, aggregation: ctx.aggregation }
  pkg.units = [{ ...ctx.unit, leaders: [], contact: { name: '', phone: '' }, retired: false }]
  pkg.scores = ctx.scores.map((s) => ({ ...s, unitId: ctx.unit.id, reason: '' }))
  pkg.adjustments = [...ctx.adjustments, { ...added, removed: false }].map((a, i) => ({
    id: `a${i}`,
    unitId: ctx.unit.id,
    itemCode: a.itemCode,
    delta: a.delta,
    reason: '-',
    supervisionRef: '',
    at: '2000-01-01T00:00:00.000Z',
    by: '-',
    removed: a.removed,
  }))
  const u = computeResults(pkg).sequences.find((s) => s.sequence === ctx.unit.sequence)!.units[0]!
  const wrong = totalOutOfBounds(ctx.unit.name, u.itemsTotal, u.totalAdjustment)
  return wrong && `${wrong}，不能记录这笔 ${signed(added.delta)} 分的调整。`
}
