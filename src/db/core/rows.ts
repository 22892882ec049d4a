/**
 * What each table holds: the domain's records (src/domain) plus what the store needs to find
 * them — the year they belong to and a primary key. Scores and points are integer hundredths;
 * times are ISO strings; `by`/`who` is the operator's name. Rows the office can withdraw
 * (adjustments, ledger entries) are marked `removed`, never deleted, so history and totals can
 * always be explained.
 */
import type {
  Adjustment,
  ApprovalEvent,
  CriteriaSheet,
  LedgerEntry,
  PastOutcome,
  Reviewer,
  ReviewerScore,
  ScorePack,
  SelfChange,
  Sequence,
  Submission,
  TargetJudgement,
  Unit,
  YearSettings,
} from '../../domain'

export interface MetaRow {
  key: string
  value: unknown
}

export interface YearRow {
  id: string
  /** The calendar year assessed, e.g. 2026. Several rows may share it (a restore "as new"). */
  year: number
  /**
   * Derived from `year` and the settings' county name whenever a row is read (database.ts), so
   * renaming the county renames the year everywhere; what is stored here is never shown.
   */
  title: string
  settings: YearSettings
  locked: boolean
  createdAt: string
  createdBy: string
  origin: 'scratch' | 'previous' | 'sample' | 'restore'
  /** Earlier years' results carried by a package, for 第二十条 (问责). */
  pastOutcomes: PastOutcome[]
  /**
   * This year's recorded 完成/未完成 per unit (第二十条). Not indexed, so no schema version:
   * rows written before it lack the field, read as none recorded.
   */
  targetJudgements?: TargetJudgement[]
}

export type UnitRow = Unit & {
  yearId: string
  /** When the self-assessment template was last generated for this unit (已下发). */
  templateIssuedAt?: string | null
  /** The last returned file of this unit that could not be imported (有问题). */
  importProblem?: { fileName: string; at: string; messages: string[] } | null
}

export interface CriteriaRow {
  /** `${yearId}|${sequence}|${version}` */
  id: string
  yearId: string
  sequence: Sequence
  /** Equals `sheet.version`. */
  version: number
  sheet: CriteriaSheet
  savedAt: string
  savedBy: string
  /** Saved while submissions against an earlier version already existed. */
  flagged: boolean
  note: string
}

export type SubmissionRow = Submission & {
  /** `${yearId}|${unitId}|${version}` */
  id: string
  yearId: string
}

export type ReviewerRow = Reviewer & { yearId: string }

export type ScoreRow = ReviewerScore & {
  /** `${yearId}|${unitId}|${reviewerId}|${itemCode}` */
  id: string
  yearId: string
  updatedAt: string
  updatedBy: string
  /**
   * Set when a later self-assessment version changed this item's self score away from this
   * score after the reviewer gave it; cleared when the reviewer confirms or re-scores. Not
   * indexed, so no schema version: rows written before it lack the field, read as unmarked.
   */
  selfChanged?: SelfChange | null
}

/**
 * The self score as the reviewer saw it (`from`) and as the new version has it (`to`), the
 * submission version that changed it and when: the domain's `SelfChange`, as packages carry it.
 */
export type { SelfChange }

/**
 * All reviewer scores of one unit in one row (score-packs.ts): the ranking's fast read. Derived
 * from `scores` and written with it in the same transaction; never the record itself.
 */
export interface ScorePackRow extends ScorePack {
  /** `${yearId}|${unitId}` */
  id: string
  yearId: string
}

export type AdjustmentRow = Adjustment & { yearId: string }

export type LedgerRow = LedgerEntry & { yearId: string }

export type ApprovalRow = ApprovalEvent & {
  seq?: number
  yearId: string
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
