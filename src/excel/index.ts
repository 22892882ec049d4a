/**
 * The Excel layer's public API, shared by the app (through its worker) and the command line.
 * Bytes in, bytes or results out: no file system, no DOM.
 */
export { LIMITS } from './limits'
export { formatProblem, type ImportProblem } from './report'
export { openWorkbook } from './safe-read/read-workbook'
export { writeSelfAssessmentTemplate, unitFileName } from './self-assessment/write-template'
export { criteriaFingerprint } from './self-assessment/layout'
export {
  importSelfAssessments,
  describeChanges,
  type BatchResult,
  type FileOutcome,
  type ImportFile,
} from './import/import-self-assessments'
export { detectTemplateKind, type TemplateKind } from './import/detect-kind'
export { writeReviewerSheet } from './reviewer/write-reviewer-sheet'
export { importReviewerSheets, type ReviewerFileOutcome } from './reviewer/import-reviewer-sheets'
export { writeResultsWorkbook } from './results/write-results'
export { writeRosterWorkbook, readRosterWorkbook } from './roster/roster-workbook'
export { writeCriteriaWorkbook, readCriteriaWorkbook } from './criteria/criteria-workbook'
export {
  writeLedgerTemplate,
  readLedgerWorkbook,
  type LedgerImport,
  type LedgerPreviewRow,
} from './ledger/ledger-workbook'
