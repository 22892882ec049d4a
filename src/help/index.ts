/**
 * The app's help as one source of text: the help panel, the 使用说明 page, the printed
 * 使用说明.pdf and 填表说明.pdf, and the progress strip all read it. Pure: no DOM, no Node.
 */
export * from './help-types'
export * from './help-topics'
export * from './search-help'
export * from './import-problems'
export * from './fill-guide'
export * from './cycle-progress'
