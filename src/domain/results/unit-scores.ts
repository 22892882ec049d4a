import type { Points } from '../points'
import type { CriteriaSheet } from '../model/criteria'
import type { Adjustment } from '../model/assessment'
import type { Aggregation } from '../model/settings'
import type { criteriaItems } from '../criteria/validate-criteria'
import { aggregateScore, aggregationNote } from './aggregate'
import type { CategoryResult, ItemResult } from './types'

/**
 * Reviewer scores of one sequence, tallied into one flat array: for unit u and item i the
 * slots [(u·items + i)·4 …] hold count, sum, min, max (filled by tallyScores in one pass, no
 * per-item arrays: this is what keeps 5,000 × 60 × 7 scores within the benchmark's budget).
 * 32-bit integers suffice: an item's sum is at most reviewers × 100.00 (e.g. 7 × 10000).
 */
export class ScoreTally {
  readonly data: Int32Array
  constructor(
    readonly units: number,
    readonly items: number,
  ) {
    this.data = new Int32Array(units * items * 4)
  }
}

export interface UnitScores {
  items: ItemResult[]
  categories: CategoryResult[]
  itemsTotal: Points
  totalAdjustment: Points
}

/** Item finals, category subtotals and the item total of one unit. */
export function scoreUnit(
  sheet: CriteriaSheet,
  items: ReturnType<typeof criteriaItems>,
  tally: ScoreTally,
  unit: number,
  rule: Aggregation,
  adjustments: readonly Adjustment[],
): UnitScores {
  // Most units have no adjustment: no map for them.
  let itemAdjust: Map<string, Points> | undefined
  let totalAdjustment = 0
  for (const a of adjustments) {
    if (a.removed) continue
    if (a.itemCode === null) totalAdjustment += a.delta
    else {
      itemAdjust ??= new Map()
      itemAdjust.set(a.itemCode, (itemAdjust.get(a.itemCode) ?? 0) + a.delta)
    }
  }
  const categories: CategoryResult[] = sheet.categories.map((c) => ({
    title: c.title,
    score: 0,
    max: 0,
  }))
  const results: ItemResult[] = []
  let itemsTotal = 0
  const d = tally.data
  const first = unit * tally.items
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!
    const o = (first + i) * 4
    const count = d[o]!
    const min = d[o + 2]!
    const max = d[o + 3]!
    const score = aggregateScore(count, d[o + 1]!, min, max, rule)
    const adjustment = itemAdjust?.get(item.code) ?? 0
    const raw = score + adjustment
    const final = raw < 0 ? 0 : raw > item.max ? item.max : raw
    results.push({
      code: item.code,
      review: score,
      adjustment,
      final,
      reviewers: count,
      spread: max - min,
      note: aggregationNote(count, min, max, rule),
      clamped: final !== raw,
    })
    const category = categories[item.categoryIndex]!
    category.score += final
    category.max += item.max
    itemsTotal += final
  }
  return { items: results, categories, itemsTotal, totalAdjustment }
}
