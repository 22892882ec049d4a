import type { Points } from '../points'
import type { Aggregation } from '../model/settings'

/**
 * What is known of one item's reviewer scores. Only the count, sum, lowest and highest are
 * needed by every rule, so 5,000 units × 60 items × 7 reviewers aggregate without arrays.
 */
export interface ItemTally {
  count: number
  sum: Points
  min: Points
  max: Points
}

export type AggregationNote = 'unscored' | 'notAgreed' | 'tooFewForTrim' | null

/**
 * The item's review score under the year's rule, rounded half-up to a hundredth HERE, once per
 * item: the 考评评分表 shows item scores to two places and its total must be their sum.
 * - agreed: the reviewers' common score; if they differ, their mean, with a note.
 * - mean: Σ / n.
 * - trimmedMean: (Σ − highest − lowest) / (n − 2), only from 5 reviewers up; below 5, the mean
 *   with a note (去掉最高最低分 needs enough reviewers to be fair).
 */
export function aggregateItem(
  t: ItemTally,
  rule: Aggregation,
): { score: Points; note: AggregationNote } {
  return {
    score: aggregateScore(t.count, t.sum, t.min, t.max, rule),
    note: aggregationNote(t.count, t.min, t.max, rule),
  }
}

/** The score alone, from the tally's four numbers (no allocation: the benchmark's inner loop). */
export function aggregateScore(
  count: number,
  sum: Points,
  min: Points,
  max: Points,
  rule: Aggregation,
): Points {
  if (count === 0) return 0
  if (rule === 'agreed' && min === max) return min
  if (rule === 'trimmedMean' && count >= 5) return divideHalfUp(sum - min - max, count - 2)
  return divideHalfUp(sum, count)
}

export function aggregationNote(
  count: number,
  min: Points,
  max: Points,
  rule: Aggregation,
): AggregationNote {
  if (count === 0) return 'unscored'
  if (rule === 'agreed' && min !== max) return 'notAgreed'
  if (rule === 'trimmedMean' && count < 5) return 'tooFewForTrim'
  return null
}

/**
 * sum / n for non-negative integers (n ≥ 1), half-up, in integers only. `| 0` tells V8 the
 * result is a 32-bit integer (an item's sum is far below 2³¹): otherwise it is a double, and
 * every object field it reaches (item finals, subtotals, totals) is a boxed number.
 */
export function divideHalfUp(sum: number, n: number): number {
  return Math.floor((2 * sum + n) / (2 * n)) | 0
}

export function tallyOf(scores: readonly Points[]): ItemTally {
  let sum = 0
  let min = Infinity
  let max = -Infinity
  for (const s of scores) {
    sum += s
    if (s < min) min = s
    if (s > max) max = s
  }
  return scores.length === 0
    ? { count: 0, sum: 0, min: 0, max: 0 }
    : { count: scores.length, sum, min, max }
}
