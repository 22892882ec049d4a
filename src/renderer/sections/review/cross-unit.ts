import {
  aggregateItem,
  isDisagreement,
  tallyOf,
  type Aggregation,
  type Points,
  type Submission,
} from '../../../domain'
import { figure } from './cell-format'
import type { ScoreCell } from './scoring-model'

export interface UnitOfItem {
  unitId: string
  name: string
  self: Points | null
  scores: (Points | null)[]
  aggregate: Points | null
  disagree: boolean
  /** The aggregate's distance from the sequence's median aggregate for this item. */
  offMedian: Points | null
}

export interface CrossUnitInput {
  units: readonly { id: string; name: string }[]
  itemCode: string
  reviewerIds: readonly string[]
  scores: readonly (ScoreCell & { unitId: string })[]
  submissions: ReadonlyMap<string, Pick<Submission, 'items'>>
  aggregation: Aggregation
  disagreement: Points
}

/**
 * One item across every unit of a sequence: self, each reviewer, the aggregate, and how far
 * each aggregate lies from the median, so a reviewer can keep a consistent hand and see outliers.
 */
export function itemAcrossUnits(input: CrossUnitInput): UnitOfItem[] {
  const byKey = new Map<string, Points>()
  for (const s of input.scores) {
    if (s.itemCode === input.itemCode) byKey.set(`${s.unitId}|${s.reviewerId}`, s.score)
  }
  const rows = input.units.map((u) => {
    const scores = input.reviewerIds.map((r) => byKey.get(`${u.id}|${r}`) ?? null)
    const given = scores.filter((s): s is Points => s !== null)
    const t = tallyOf(given)
    const self = input.submissions.get(u.id)?.items.find((i) => i.code === input.itemCode)
    return {
      unitId: u.id,
      name: u.name,
      self: self?.score ?? null,
      scores,
      aggregate: given.length ? aggregateItem(t, input.aggregation).score : null,
      disagree: isDisagreement(t.max - t.min, input.disagreement),
      offMedian: null as Points | null,
    }
  })
  const med = median(rows.map((r) => r.aggregate).filter((a): a is Points => a !== null))
  if (med !== null)
    for (const r of rows) r.offMedian = r.aggregate === null ? null : r.aggregate - med
  return rows
}

/** Median in hundredths, half-up when it falls between two scores. */
export function median(values: readonly Points[]): Points | null {
  if (values.length === 0) return null
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  if (s.length % 2 === 1) return s[mid] ?? null
  return Math.floor(((s[mid - 1] ?? 0) + (s[mid] ?? 0) + 1) / 2)
}

/**
 * The line above the cross-unit table. The office writes 评分标准 as sentences that mostly end
 * with 。 already (the default criteria all do), so the 。 after it is added only when missing.
 */
export function standardNote(standard: string, threshold: Points): string {
  const text = standard.trim().replace(/[，,；;、\s]+$/, '')
  const sentence = text === '' ? '（未填写）。' : /[。！？!?…]$/.test(text) ? text : `${text}。`
  return `评分标准：${sentence}汇总与中位数相差超过 ${figure(threshold)} 分的单位标红。`
}
