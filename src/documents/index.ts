/**
 * The PDF layer: data and font bytes in, PDF bytes out. No file system, no DOM. The page thread
 * imports ./options instead (types, labels, option schemas and defaults, without pdfmake).
 */
export * from './options'
export * from './fonts/font-roles'
export * from './fonts/resolve-fonts'
export * from './fonts/font-set'
export * from './render-pdf'
export * from './layout/title-lines'
export * from './layout/dates'
export * from './notice/notice-template'
export * from './notice/notice-input'
export * from './notice/notice-doc'
export * from './docs/interview-list'
export * from './docs/score-sheet'
export * from './docs/warning-letter'
export * from './document-set'
export * from './engine'
export * from './docs/guides'
