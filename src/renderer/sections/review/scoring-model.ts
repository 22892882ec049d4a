import {
  aggregateItem,
  isDisagreement,
  criteriaItems,
  tallyOf,
  type Aggregation,
  type AggregationNote,
  type CriteriaSheet,
  type Points,
  type Submission,
} from '../../../domain'

/** One item of one unit as the workspace shows it, with every reviewer's score beside it. */
export interface ItemLine {
  code: string
  title: string
  category: string
  categoryIndex: number
  max: Points
  step: number | undefined
  standard: string
  self: Points | null
  explanation: string
  evidence: string[]
  /** In the order of `reviewerIds`; null where that reviewer has not scored the item. */
  scores: (Points | null)[]
  reasons: string[]
  /**
   * In the order of `reviewerIds`: a later self-assessment version changed the self score
   * after this reviewer scored, and the reviewer has not confirmed or re-scored yet.
   */
  marks: (SelfMark | null)[]
  /** The year's rule over the reviewers who scored; null when nobody has. */
  aggregate: Points | null
  note: AggregationNote
  spread: Points
  disagree: boolean
}

export interface CategoryTotals {
  title: string
  max: Points
  self: Points
  /** The chosen reviewer's subtotal. */
  mine: Points
  aggregate: Points
}

export interface ScoreCell {
  reviewerId: string
  itemCode: string
  score: Points
  reason: string
  selfChanged?: SelfMark | null
}

/** The self score the reviewer scored against and the one the later version has. */
export interface SelfMark {
  from: Points | null
  to: Points | null
  version: number
}

export interface UnitSheetInput {
  sheet: CriteriaSheet
  submission: Pick<Submission, 'items'> | undefined
  reviewerIds: readonly string[]
  scores: readonly ScoreCell[]
  aggregation: Aggregation
  /** Reviewers this far apart or more (hundredths) are flagged: isDisagreement. */
  disagreement: Points
}

/** Everything the grid draws for one unit, computed in one pass over its scores. */
export function buildUnitSheet(input: UnitSheetInput): ItemLine[] {
  const byKey = new Map<string, ScoreCell>()
  for (const s of input.scores) byKey.set(`${s.reviewerId}|${s.itemCode}`, s)
  const selfByCode = new Map((input.submission?.items ?? []).map((i) => [i.code, i]))
  return criteriaItems(input.sheet).map((item) => {
    const cells = input.reviewerIds.map((r) => byKey.get(`${r}|${item.code}`))
    const scores = cells.map((c) => (c ? c.score : null))
    const given = scores.filter((s): s is Points => s !== null)
    const tally = tallyOf(given)
    const agg = aggregateItem(tally, input.aggregation)
    const self = selfByCode.get(item.code)
    return {
      code: item.code,
      title: item.title,
      category: item.category,
      categoryIndex: item.categoryIndex,
      max: item.max,
      step: item.step,
      standard: item.standard,
      self: self?.score ?? null,
      explanation: self?.explanation ?? '',
      evidence: self?.evidence ?? [],
      scores,
      reasons: cells.map((c) => c?.reason ?? ''),
      marks: cells.map((c) => c?.selfChanged ?? null),
      aggregate: given.length === 0 ? null : agg.score,
      note: agg.note,
      spread: tally.max - tally.min,
      disagree: isDisagreement(tally.max - tally.min, input.disagreement),
    }
  })
}

/** Subtotals per 一级指标: max, self, one reviewer's (by column) and the aggregate. */
export function categoryTotals(lines: readonly ItemLine[], column: number): CategoryTotals[] {
  const out: CategoryTotals[] = []
  for (const l of lines) {
    let c = out[l.categoryIndex]
    if (!c) {
      c = { title: l.category, max: 0, self: 0, mine: 0, aggregate: 0 }
      out[l.categoryIndex] = c
    }
    c.max += l.max
    c.self += l.self ?? 0
    c.mine += l.scores[column] ?? 0
    c.aggregate += l.aggregate ?? 0
  }
  return out.filter(Boolean)
}

/** Items scored by each reviewer (by column) out of all items. */
export function progressByReviewer(lines: readonly ItemLine[], reviewers: number): number[] {
  const counts = new Array<number>(reviewers).fill(0)
  for (const l of lines) {
    l.scores.forEach((s, i) => {
      if (s !== null) counts[i] = (counts[i] ?? 0) + 1
    })
  }
  return counts
}

export function sumOf(values: readonly Points[]): Points {
  let s = 0
  for (const v of values) s += v
  return s
}
