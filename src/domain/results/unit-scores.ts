import type { Points } from '../points'
import type { CriteriaSheet } from '../model/criteria'
import type { Adjustment } from '../model/assessment'
import type { Aggregation } from '../model/settings'
import { criteriaItems } from '../criteria/validate-criteria'
import { aggregateScore, aggregationNote } from './aggregate'
import { isDisagreement } from './disagreement'
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

/**
 * A sheet's items as the per-unit loop reads them, made once per sequence: codes, maxima and
 * categories in flat arrays, and each category's maximum already summed.
 */
export class ItemLayout {
  readonly items: ReturnType<typeof criteriaItems>
  readonly codes: string[]
  readonly maxes: Int32Array
  readonly categoryOf: Int32Array
  readonly categories: readonly { title: string; max: Points }[]

  constructor(sheet: CriteriaSheet) {
    this.items = criteriaItems(sheet)
    this.codes = this.items.map((it) => it.code)
    this.maxes = Int32Array.from(this.items, (it) => it.max)
    this.categoryOf = Int32Array.from(this.items, (it) => it.categoryIndex)
    this.categories = sheet.categories.map((c) => ({
      title: c.title,
      max: c.items.reduce((sum, it) => sum + it.max, 0),
    }))
  }
}

/** An item that is unscored, aggregated with a note, cut at a bound or disputed. */
export interface ItemFlag {
  code: string
  note: ItemResult['note']
  spread: Points
  clamped: boolean
}

const NO_FLAGS: readonly ItemFlag[] = Object.freeze([])

/** Category sums of the unit being scored (reused: one unit at a time). */
let categorySums = new Int32Array(16)

/**
 * Item finals, category subtotals and the item total of one unit (scoreUnit). Every item's
 * result is built only when `items()` is called: the ranking needs only the totals, and
 * 5,000 units × 60 items of objects nobody reads would cost more than the whole aggregation.
 */
export class UnitScores {
  readonly categories: CategoryResult[]
  readonly itemsTotal: Points
  readonly totalAdjustment: Points
  /** The items the office must look at (see ItemFlag), in criteria order; usually none. */
  readonly flags: readonly ItemFlag[]
  private readonly itemAdjust: Map<string, Points> | undefined

  constructor(
    private readonly layout: ItemLayout,
    private readonly tally: ScoreTally,
    private readonly unit: number,
    private readonly rule: Aggregation,
    adjustments: readonly Adjustment[],
    flagSpread: Points,
  ) {
    let totalAdjustment = 0
    // Most units have no adjustment: no map for them. (An index loop: for…of made an iterator
    // per unit here, ~90 bytes each, that V8 did not optimise away.)
    let itemAdjust: Map<string, Points> | undefined
    for (let k = 0; k < adjustments.length; k++) {
      const a = adjustments[k]!
      if (a.removed) continue
      if (a.itemCode === null) totalAdjustment += a.delta
      else {
        itemAdjust ??= new Map()
        itemAdjust.set(a.itemCode, (itemAdjust.get(a.itemCode) ?? 0) + a.delta)
      }
    }
    this.itemAdjust = itemAdjust
    this.totalAdjustment = totalAdjustment

    // The totals loop reads the tally slots with locals and builds no item objects (300,000
    // items in the benchmark); items() gives the same figures through the same functions.
    const { codes, maxes, categoryOf } = layout
    const nCategories = layout.categories.length
    if (categorySums.length < nCategories) categorySums = new Int32Array(nCategories)
    const sums = categorySums.fill(0, 0, nCategories)
    const d = tally.data
    let o = unit * tally.items * 4
    let flags: ItemFlag[] | undefined
    let itemsTotal = 0
    for (let i = 0; i < codes.length; i++, o += 4) {
      const count = d[o]!
      const min = d[o + 2]!
      const max = d[o + 3]!
      const raw =
        aggregateScore(count, d[o + 1]!, min, max, rule) +
        (itemAdjust === undefined ? 0 : (itemAdjust.get(codes[i]!) ?? 0))
      const final = clampFinal(raw, maxes[i]!)
      sums[categoryOf[i]!]! += final
      itemsTotal += final
      const note = aggregationNote(count, min, max, rule)
      const spread = max - min
      if (note !== null || final !== raw || isDisagreement(spread, flagSpread)) {
        ;(flags ??= []).push({ code: codes[i]!, note, spread, clamped: final !== raw })
      }
    }
    this.itemsTotal = itemsTotal
    this.flags = flags ?? NO_FLAGS
    const categories = new Array<CategoryResult>(nCategories)
    for (let k = 0; k < nCategories; k++) {
      const c = layout.categories[k]!
      categories[k] = { title: c.title, score: sums[k]!, max: c.max }
    }
    this.categories = categories
  }

  /** Every item's result, in sheet order (the constructor's loop computes the same figures). */
  items(): ItemResult[] {
    const d = this.tally.data
    const first = this.unit * this.tally.items
    return this.layout.codes.map((code, i): ItemResult => {
      const o = (first + i) * 4
      const count = d[o]!
      const min = d[o + 2]!
      const max = d[o + 3]!
      const review = aggregateScore(count, d[o + 1]!, min, max, this.rule)
      const adjustment = this.itemAdjust?.get(code) ?? 0
      const final = clampFinal(review + adjustment, this.layout.maxes[i]!)
      return {
        code,
        review,
        adjustment,
        final,
        reviewers: count,
        spread: max - min,
        note: aggregationNote(count, min, max, this.rule),
        clamped: final !== review + adjustment,
      }
    })
  }
}

/** An item's final score: review plus adjustments, kept within [0, max]. */
function clampFinal(raw: Points, max: Points): Points {
  return raw < 0 ? 0 : raw > max ? max : raw
}

/**
 * The scores of unit `unit` of the tally. `flagSpread` is the year's disagreement threshold
 * (0: none): items whose reviewers differ by that much are flagged (isDisagreement).
 */
export function scoreUnit(
  layout: ItemLayout,
  tally: ScoreTally,
  unit: number,
  rule: Aggregation,
  adjustments: readonly Adjustment[],
  flagSpread = 0,
): UnitScores {
  return new UnitScores(layout, tally, unit, rule, adjustments, flagSpread)
}
