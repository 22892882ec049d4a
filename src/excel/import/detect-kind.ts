/** Which of the app's templates a returned file is, from its hidden metadata (not its name). */
import { REVIEW_FORMAT } from '../reviewer/layout'
import { openWorkbook } from '../safe-read/read-workbook'
import { readTemplateMeta } from '../self-assessment/read-meta'
import { SELF_FORMAT } from '../self-assessment/layout'

export type TemplateKind = 'self-assessment' | 'reviewer-sheet' | 'unknown'

export function detectTemplateKind(data: Uint8Array): TemplateKind {
  const opened = openWorkbook(data)
  if (!opened.ok) return 'unknown'
  const format = readTemplateMeta(opened.workbook)?.format
  if (format === SELF_FORMAT) return 'self-assessment'
  if (format === REVIEW_FORMAT) return 'reviewer-sheet'
  return 'unknown'
}
