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
  /**
   * Every item's result, built from the tally when called: the ranking needs only the totals
   * below, and 5,000 units × 60 items of objects nobody reads would cost more than the whole
   * aggregation (computeResults calls it once, on first read of UnitResult.items).
   */
  items: () => ItemResult[]
  categories: CategoryResult[]
  itemsTotal: Points
  totalAdjustment: Points
  /** The items the office must look at (see ItemFlag), in criteria order; usually none. */
  flags: ItemFlag[]
}

/** An item that is unscored, aggregated with a note, cut at a bound or disputed. */
export interface ItemFlag {
  code: string
  note: ItemResult['note']
  spread: Points
  clamped: boolean
}

/**
 * Item finals, category subtotals and the item total of one unit. `flagSpread` is the year's
 * disagreement threshold (0: none): items whose reviewers differ by that much are flagged.
 */
export function scoreUnit(
  sheet: CriteriaSheet,
  items: ReturnType<typeof criteriaItems>,
  tally: ScoreTally,
  unit: number,
  rule: Aggregation,
  adjustments: readonly Adjustment[],
  flagSpread = 0,
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
  const flags: ItemFlag[] = []
  let itemsTotal = 0
  const d = tally.data
  const first = unit * tally.items
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!
    const r = itemAt(d, (first + i) * 4, item, rule, itemAdjust)
    const category = categories[item.categoryIndex]!
    category.score += r.final
    category.max += item.max
    itemsTotal += r.final
    if (r.note !== null || r.clamped || (flagSpread > 0 && r.spread >= flagSpread)) {
      flags.push({ code: item.code, note: r.note, spread: r.spread, clamped: r.clamped })
    }
  }
  return {
    items: () =>
      items.map((item, i) => {
        const r = itemAt(d, (first + i) * 4, item, rule, itemAdjust)
        return {
          code: item.code,
          review: r.review,
          adjustment: r.adjustment,
          final: r.final,
          reviewers: r.reviewers,
          spread: r.spread,
          note: r.note,
          clamped: r.clamped,
        }
      }),
    categories,
    itemsTotal,
    totalAdjustment,
    flags,
  }
}

/** One scratch result reused by every call: the loop above runs 300,000 times per ranking. */
const scratch = {
  review: 0,
  adjustment: 0,
  final: 0,
  reviewers: 0,
  spread: 0,
  note: null as ItemResult['note'],
  clamped: false,
}

/** One item's figures from its four tally slots at `o`: the single definition of an item. */
function itemAt(
  d: Int32Array,
  o: number,
  item: { code: string; max: Points },
  rule: Aggregation,
  itemAdjust: Map<string, Points> | undefined,
): typeof scratch {
  const count = d[o]!
  const min = d[o + 2]!
  const max = d[o + 3]!
  const review = aggregateScore(count, d[o + 1]!, min, max, rule)
  const adjustment = itemAdjust?.get(item.code) ?? 0
  const raw = review + adjustment
  const final = raw < 0 ? 0 : raw > item.max ? item.max : raw
  scratch.review = review
  scratch.adjustment = adjustment
  scratch.final = final
  scratch.reviewers = count
  scratch.spread = max - min
  scratch.note = aggregationNote(count, min, max, rule)
  scratch.clamped = final !== raw
  return scratch
}
