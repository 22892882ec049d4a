/**
 * The local store's public API for the renderer. Reads take the database; writes take a
 * `Session` (database + operator + marker storage) and run as one transaction with their
 * history entries. Failures are `StoreError`s with a `code` and a Chinese message.
 */
export { AssessmentDB, APP_SCHEMA, DEFAULT_DB_NAME, YEAR_TABLES } from './core/database'
export type { IndexedDbDeps, YearTableName } from './core/database'
export * from './core/rows'
export { StoreError, isStoreError, toAppError } from './core/errors'
export type { StoreErrorCode } from './core/errors'
export {
  openDatabase,
  installedSchemaVersion,
  takeRawSnapshot,
  APP_SCHEMA_KEY,
  RAW_SNAPSHOT_FORMAT,
} from './core/open-database'
export type { OpenOptions, RawSnapshot } from './core/open-database'
export {
  startSession,
  lastOperator,
  listRecentOperators,
  normaliseOperatorName,
  writeTransaction,
} from './core/session'
export type { Session, WriteScope, ChangeRecord } from './core/session'
export { verifyHistory, listHistory, GENESIS_HASH } from './core/history'
export { recordNames } from './entities/record-names'
export { readCycleFacts } from './entities/cycle-facts'
export type { HistoryCheck, HistoryQuery } from './core/history'
export {
  checkStoreAgainstMarker,
  refreshMarker,
  readMarker,
  forgetMarker,
  readStoreFigures,
  TABLE_LABELS,
} from './core/marker'
export type { MarkerStorage, MarkerCheck, Marker, Shortfall, StoreFigures } from './core/marker'
export { requestPersistentStorage, PERSIST_LABELS } from './core/persist'
export type { PersistState, PersistApi } from './core/persist'
export { planBackupRetention, DAILY_KEEP_DAYS } from './backup/backup-retention'
export type { BackupEntry, RetentionPlan } from './backup/backup-retention'
export {
  backupFileName,
  parseBackupFileName,
  BACKUP_REASON_LABELS,
  BACKUP_EXTENSION,
} from './backup/backup-naming'
export type { BackupReason, ParsedBackupName } from './backup/backup-naming'
export {
  isBackupDue,
  msUntilNextCheck,
  hasUnsavedChanges,
  BACKUP_INTERVAL_MS,
} from './backup/backup-schedule'
export type { BackupState, BackupTrigger } from './backup/backup-schedule'
export {
  listYears,
  countYears,
  getYear,
  createYear,
  createYearFromPrevious,
  latestCriteria,
  updateYearSettings,
} from './entities/years'
export type { NewYearInput, YearContents } from './entities/years'
export {
  listUnits,
  countUnits,
  addUnit,
  addUnits,
  updateUnit,
  setUnitRetired,
} from './entities/roster'
export type { UnitInput, UnitListOptions } from './entities/roster'
export {
  planRosterImport,
  importRoster,
  yearUnits,
  unitsWithWork,
  ROSTER_FIELDS,
} from './entities/roster-import'
export type {
  RosterPlan,
  RosterChange,
  RosterField,
  RosterImportResult,
} from './entities/roster-import'
export { listReviewers, addReviewer, retireReviewer } from './entities/reviewers'
export { saveCriteria, criteriaVersions, currentCriteria } from './entities/criteria'
export type { SaveCriteriaResult } from './entities/criteria'
export { announceImportBatch, clearImportBatch, pendingImportBatch } from './entities/import-batch'
export type { PendingImport } from './entities/import-batch'
export { criteriaDraft, saveCriteriaDraft, discardCriteriaDraft } from './entities/criteria-draft'
export type { CriteriaDraft } from './entities/criteria-draft'
export {
  importSubmissions,
  submissionVersions,
  latestSubmission,
  latestSubmissions,
  submissionStatuses,
  submissionStatus,
  markTemplatesIssued,
  markImportProblem,
  recordImportBatch,
} from './entities/submissions'
export type {
  SubmissionInput,
  ImportedSubmission,
  SubmissionStatus,
  RefusedReturn,
} from './entities/submissions'
export {
  addAdjustment,
  removeAdjustment,
  listAdjustments,
  adjustmentContext,
} from './entities/adjustments'
export type { AdjustmentInput } from './entities/adjustments'
export {
  addLedgerEntry,
  importLedgerEntries,
  removeLedgerEntry,
  listLedger,
} from './entities/ledger'
export type { LedgerImportEntry } from './entities/ledger'
export type { LedgerInput } from './entities/ledger'
export { approveYear, unlockYear, listApprovals } from './entities/approval'
export {
  setReviewerScore,
  setReviewerScores,
  importReviewerScores,
  listScores,
  checkScore,
  confirmSelfChange,
} from './entities/scores'
export type {
  ScoreInput,
  ScoreChange,
  ScoreQuery,
  ReviewerSheetInput,
  ReviewerSheetResult,
} from './entities/scores'
export { scoreId } from './core/ids'
export { readYearPacks, readYearScores } from './entities/score-packs'
export { loadRankingInput } from './entities/ranking-input'
export type { RankingInput } from './entities/ranking-input'
export { findItemRule, selfScoreOf } from './entities/item-rules'
export type { ItemRule } from './entities/item-rules'
export { restoreYearAsNew, restoreYearReplace, deleteYear, snapshotYear } from './transfer/restore'
export type { ReplaceResult } from './transfer/restore'
export type { YearData } from './transfer/year-data'
export { revertChange, REVERTIBLE_ENTITIES } from './entities/undo'
export type { RevertResult } from './entities/undo'
export { backupIfDue, pruneBackups, listBackups, readBackupState } from './backup/backup-runner'
export type { BackupTarget, BackupRun, BackupOptions } from './backup/backup-runner'
export {
  loadYearPackage,
  exportYearPackage,
  exportAllYearsText,
  previewPackage,
  readPackages,
  restorePackageAsNew,
  restorePackageReplace,
  restoreAllAsNew,
  BACKUP_FORMAT,
} from './transfer/package'
export type {
  ExportedPackage,
  PackagePreview,
  PackageSummary,
  PackageReplaceResult,
} from './transfer/package'
export { yearDataToPackage, packageToYearData } from './transfer/package-mapping'
export { createYearFromScratch, createYearFromSample } from './entities/year-sources'
export type { ScratchYearInput } from './entities/year-sources'
export { diffSubmissions } from './entities/submission-diff'
export type { SubmissionChange } from './entities/submission-diff'
export { recordTargetJudgement, listTargetJudgements } from './entities/target-judgements'
export type { TargetJudgementInput } from './entities/target-judgements'
