/**
 * What each table holds. Scores and points are integer hundredths (the domain's exact unit);
 * times are ISO strings; `by` is the operator's name. Rows that the office can withdraw
 * (adjustments, ledger entries) are marked `removed` rather than deleted, so the history and
 * the totals can always be explained.
 */

export interface MetaRow {
  key: string
  value: unknown
}

export interface YearRow {
  id: string
  /** The calendar year assessed, e.g. 2026. Several rows may share it (a restore "as new"). */
  year: number
  title: string
  /** The domain's year settings (rounding, 顺延, tie-break, aggregation, ledger, offices). */
  settings: Record<string, unknown>
  locked: boolean
  createdAt: string
  createdBy: string
  origin: 'scratch' | 'previous' | 'sample' | 'restore'
}

export interface UnitRow {
  id: string
  yearId: string
  sequence: string
  name: string
  retired: boolean
  /** The domain's unit record (kind, leaders, contact). */
  data: Record<string, unknown>
  /** When the self-assessment template was last generated for this unit (已下发). */
  templateIssuedAt?: string | null
  /** The last returned file of this unit that could not be imported (有问题). */
  importProblem?: { fileName: string; at: string; messages: string[] } | null
}

export interface CriteriaRow {
  /** `${yearId}|${sequence}|${version}` */
  id: string
  yearId: string
  sequence: string
  version: number
  /** The domain's criteria sheet for this sequence. */
  sheet: Record<string, unknown>
  savedAt: string
  savedBy: string
  /** Saved while submissions against an earlier version already existed. */
  flagged: boolean
  note: string
}

export interface SubmissionRow {
  /** `${yearId}|${unitId}|${version}` */
  id: string
  yearId: string
  unitId: string
  version: number
  fileName: string
  importedAt: string
  importedBy: string
  criteriaVersion: number
  /** The domain's validated self-assessment. */
  data: Record<string, unknown>
}

export interface ReviewerRow {
  id: string
  yearId: string
  name: string
  retired: boolean
}

export interface ScoreRow {
  /** `${yearId}|${unitId}|${reviewerId}|${itemCode}` */
  id: string
  yearId: string
  unitId: string
  reviewerId: string
  itemCode: string
  /** Integer hundredths. */
  score: number
  reason: string
  updatedAt: string
  updatedBy: string
}

export interface AdjustmentRow {
  id: string
  yearId: string
  unitId: string
  /** null: an adjustment of the unit's total rather than of one item. */
  itemCode: string | null
  /** Integer hundredths, signed. */
  delta: number
  reason: string
  /** Reference to the daily supervision record that justifies it (日常监管). */
  supervisionRef: string
  at: string
  by: string
  removed: boolean
}

export interface LedgerRow {
  id: string
  yearId: string
  unitId: string
  /** The domain's ledger category (national film typical case, …). */
  kind: string
  /** Deduction in integer hundredths, positive. */
  points: number
  description: string
  at: string
  by: string
  removed: boolean
}

export interface ApprovalRow {
  seq?: number
  yearId: string
  action: 'approve' | 'unlock'
  at: string
  by: string
  reason: string
}

export interface HistoryRow {
  seq?: number
  yearId: string | null
  at: string
  who: string
  /** Which kind of record changed: 'score', 'adjustment', 'ledger', 'unit', 'criteria', 'lock', … */
  entity: string
  entityId: string
  action: string
  oldValue: unknown
  newValue: unknown
  reason: string
  /** Set on entries carried in by a restore: the entry's hash in the chain it came from. */
  sourceHash?: string
  prevHash: string
  hash: string
}
