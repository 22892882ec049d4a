/**
 * The app's local store: one IndexedDB database, opened through Dexie with strict durability so
 * a committed transaction has reached the disk before the UI says "saved".
 *
 * Schema versions are append-only: never edit a shipped `version(n)`, add `n + 1` with its
 * upgrade in migrations.ts. `APP_SCHEMA` is written to the meta table so that an older build
 * can recognise a database written by a newer one and refuse it (see open-database.ts).
 */
import Dexie, { type Table } from 'dexie'
import { defineVersions } from './migrations'
import { withDerivedTitle } from '../entities/year-title'
import type {
  AdjustmentRow,
  ApprovalRow,
  CriteriaRow,
  HistoryRow,
  LedgerRow,
  MetaRow,
  ReviewerRow,
  ScorePackRow,
  ScoreRow,
  SubmissionRow,
  UnitRow,
  YearRow,
} from './rows'

export const DEFAULT_DB_NAME = 'kaopingtong'

/** The schema this build writes; equals the highest Dexie version declared in migrations.ts. */
export const APP_SCHEMA = 3

/** Where IndexedDB comes from: the browser's by default, fake-indexeddb in Node tests. */
export interface IndexedDbDeps {
  indexedDB: IDBFactory
  IDBKeyRange: typeof IDBKeyRange
}

export class AssessmentDB extends Dexie {
  meta!: Table<MetaRow, string>
  years!: Table<YearRow, string>
  units!: Table<UnitRow, string>
  criteria!: Table<CriteriaRow, string>
  submissions!: Table<SubmissionRow, string>
  reviewers!: Table<ReviewerRow, string>
  scores!: Table<ScoreRow, string>
  /** Derived from `scores` (score-packs.ts); not year data of record, so not in YEAR_TABLES. */
  scorePacks!: Table<ScorePackRow, string>
  adjustments!: Table<AdjustmentRow, string>
  ledger!: Table<LedgerRow, string>
  approvals!: Table<ApprovalRow, number>
  history!: Table<HistoryRow, number>

  constructor(name: string = DEFAULT_DB_NAME, deps?: IndexedDbDeps) {
    super(name, { chromeTransactionDurability: 'strict', ...deps })
    defineVersions(this)
    this.years.hook('reading', withDerivedTitle)
  }
}

/** Tables holding a year's data, in the order a restore or a wipe walks them. */
export const YEAR_TABLES = [
  'years',
  'units',
  'criteria',
  'submissions',
  'reviewers',
  'scores',
  'adjustments',
  'ledger',
  'approvals',
] as const

export type YearTableName = (typeof YEAR_TABLES)[number]
