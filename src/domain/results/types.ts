import type { Points } from '../points'
import type { Sequence, UnitKind } from '../model/unit'
import type { AggregationNote } from './aggregate'
import type { LedgerAction } from './ledger-actions'

export interface ItemResult {
  code: string
  /** The reviewers' score under the year's rule, half-up to hundredths. */
  review: Points
  /** Sum of re-check adjustments of this item. */
  adjustment: Points
  /** review + adjustment, kept within [0, max]. */
  final: Points
  reviewers: number
  /** Highest minus lowest reviewer score. */
  spread: Points
  note: AggregationNote
  /** The adjustment would have left [0, max] and was cut at the bound. */
  clamped: boolean
}

export interface CategoryResult {
  title: string
  score: Points
  max: Points
}

export interface UnitResult {
  unitId: string
  name: string
  kind: UnitKind
  sequence: Sequence
  /** Final score: Σ item finals + total adjustments − ledger (when deducted), at least 0. */
  total: Points
  /** Σ item finals (after item adjustments). */
  itemsTotal: Points
  /** Sum of adjustments made to the total rather than to an item. */
  totalAdjustment: Points
  /** Standing ledger deductions (always counted for the thresholds). */
  ledgerPoints: Points
  /** What the ledger took off the total: ledgerPoints when the year deducts it, else 0. */
  ledgerDeduction: Points
  /** Σ self scores of the latest submission; null without a submission. */
  selfTotal: Points | null
  categories: CategoryResult[]
  /**
   * Built on first read (UnitResultRecord): the ranking itself needs only the totals. JSON
   * includes it; a structured clone or a spread does not — pass `toJSON()` instead.
   */
  readonly items: ItemResult[]
  rank: number
  tied: boolean
  advanced: boolean
  interview: boolean
  /** Top third and last three at once (a small sequence): neither is decided, see findings. */
  conflict: boolean
  vetoed: boolean
  /** The veto conditions met, in words. */
  vetoReasons: readonly string[]
  ledgerActions: readonly LedgerAction[]
  /** 第二十条: three years running without completing the targets. */
  accountability: boolean
  /** Sentences to read aloud (see explainer), written on first read and kept (as items). */
  readonly explanation: string[]
}

export interface SequenceResult {
  sequence: Sequence
  label: string
  /** In rank order. */
  units: UnitResult[]
  /** The rule's count of 先进 places, before ties and vetoes. */
  advancedCount: number
  /** Lowest total among the 先进单位; null when there is none. */
  advancedLine: Points | null
  /** Highest total on the interview list; null when there is none. */
  interviewLine: Points | null
  /** What the office must look at: too small a sequence, unscored items, disagreements … */
  findings: string[]
}

export interface YearResults {
  year: number
  sequences: SequenceResult[]
}
