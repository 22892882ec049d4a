/**
 * The documents layer's second entry, for the app's page thread: what a page needs to show and
 * edit the options, name the fonts and files, and check what crosses to the PDF worker — types,
 * labels, option schemas and defaults. Nothing here reaches pdfmake, pdfkit or fontkit (about
 * 1.35 MB), which only the worker loads, through the index.
 */
export {
  FONT_ROLES,
  FONT_ROLE_LABELS,
  SUBSTITUTE_NOTES,
  WINDOWS_FONT_FILES,
  type FontFile,
  type FontRole,
} from './fonts/font-roles'
export type { RoleReport } from './fonts/resolve-fonts'
export {
  SIGNATURE_LAYOUTS,
  SIGNATURE_LAYOUT_LABELS,
  type NoticeOptions,
  type SignatureLayout,
} from './notice/notice-input'
export type { InterviewOptions } from './docs/interview-list'
export type { WarningOptions } from './docs/warning-letter'
export {
  DocumentSetOptionsSchema,
  defaultDocumentOptions,
  type DocumentSetOptions,
  type OutputFile,
} from './document-options'
export { GUIDE_FILE_NAMES, GUIDE_KINDS, type GuideKind, type GuideYear } from './docs/guide-kinds'
