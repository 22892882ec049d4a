/**
 * The local store's public API for the renderer. Reads take the database; writes take a
 * `Session` (database + operator + marker storage) and run as one transaction with their
 * history entries. Failures are `StoreError`s with a `code` and a Chinese message.
 */
export { AssessmentDB, APP_SCHEMA, DEFAULT_DB_NAME, YEAR_TABLES } from './database'
export type { IndexedDbDeps, YearTableName } from './database'
export * from './rows'
export { StoreError, isStoreError, toAppError } from './errors'
export type { StoreErrorCode } from './errors'
export {
  openDatabase,
  installedSchemaVersion,
  takeRawSnapshot,
  APP_SCHEMA_KEY,
  RAW_SNAPSHOT_FORMAT,
} from './open-database'
export type { OpenOptions, RawSnapshot } from './open-database'
export {
  startSession,
  lastOperator,
  listRecentOperators,
  normaliseOperatorName,
  writeTransaction,
} from './session'
export type { Session, WriteScope, ChangeRecord } from './session'
export { verifyHistory, listHistory, GENESIS_HASH } from './history'
export type { HistoryCheck, HistoryQuery } from './history'
export {
  checkStoreAgainstMarker,
  refreshMarker,
  readMarker,
  forgetMarker,
  readStoreFigures,
  TABLE_LABELS,
} from './marker'
export type { MarkerStorage, MarkerCheck, Marker, Shortfall, StoreFigures } from './marker'
export { requestPersistentStorage, PERSIST_LABELS } from './persist'
export type { PersistState, PersistApi } from './persist'
export { planBackupRetention, DAILY_KEEP_DAYS } from './backup-retention'
export type { BackupEntry, RetentionPlan } from './backup-retention'
export {
  backupFileName,
  parseBackupFileName,
  BACKUP_REASON_LABELS,
  BACKUP_EXTENSION,
} from './backup-naming'
export type { BackupReason, ParsedBackupName } from './backup-naming'
export {
  isBackupDue,
  msUntilNextCheck,
  hasUnsavedChanges,
  BACKUP_INTERVAL_MS,
} from './backup-schedule'
export type { BackupState, BackupTrigger } from './backup-schedule'
export {
  listYears,
  getYear,
  createYear,
  createYearFromPrevious,
  latestCriteria,
  updateYearSettings,
} from './years'
export type { NewYearInput, YearContents } from './years'
export { listUnits, addUnit, addUnits, updateUnit, setUnitRetired } from './roster'
export type { UnitInput, UnitListOptions } from './roster'
export {
  planRosterImport,
  importRoster,
  yearUnits,
  unitsWithWork,
  ROSTER_FIELDS,
} from './roster-import'
export type { RosterPlan, RosterChange, RosterField, RosterImportResult } from './roster-import'
export { listReviewers, addReviewer, retireReviewer } from './reviewers'
export { saveCriteria, criteriaVersions, currentCriteria } from './criteria'
export type { SaveCriteriaResult } from './criteria'
export { announceImportBatch, clearImportBatch, pendingImportBatch } from './import-batch'
export type { PendingImport } from './import-batch'
export { criteriaDraft, saveCriteriaDraft, discardCriteriaDraft } from './criteria-draft'
export type { CriteriaDraft } from './criteria-draft'
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
} from './submissions'
export type {
  SubmissionInput,
  ImportedSubmission,
  SubmissionStatus,
  RefusedReturn,
} from './submissions'
export { addAdjustment, removeAdjustment, listAdjustments } from './adjustments'
export type { AdjustmentInput } from './adjustments'
export { addLedgerEntry, removeLedgerEntry, listLedger } from './ledger'
export type { LedgerInput } from './ledger'
export { approveYear, unlockYear, listApprovals } from './approval'
export {
  setReviewerScore,
  setReviewerScores,
  importReviewerScores,
  listScores,
  checkScore,
} from './scores'
export type {
  ScoreInput,
  ScoreChange,
  ScoreQuery,
  ReviewerSheetInput,
  ReviewerSheetResult,
} from './scores'
export { scoreId } from './score-ids'
export { readYearPacks, readYearScores } from './score-packs'
export { findItemRule, selfScoreOf } from './item-rules'
export type { ItemRule } from './item-rules'
export { restoreYearAsNew, restoreYearReplace, deleteYear, snapshotYear } from './restore'
export type { ReplaceResult } from './restore'
export type { YearData } from './year-data'
export { revertChange, REVERTIBLE_ENTITIES } from './undo'
export type { RevertResult } from './undo'
export { backupIfDue, pruneBackups, listBackups, readBackupState } from './backup-runner'
export type { BackupTarget, BackupRun, BackupOptions } from './backup-runner'
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
} from './package'
export type {
  ExportedPackage,
  PackagePreview,
  PackageSummary,
  PackageReplaceResult,
} from './package'
export { yearDataToPackage, packageToYearData } from './package-mapping'
export { createYearFromScratch, createYearFromSample } from './year-sources'
export type { ScratchYearInput } from './year-sources'
export { diffSubmissions } from './submission-diff'
export type { SubmissionChange } from './submission-diff'
