/**
 * The one locale the desktop app runs in, whatever the Windows it is installed on: the
 * installer ships only this Chromium locale (electron-builder.yml electronLanguages), so the
 * main process asks for it at startup (--lang). Date fields, Chromium's own menus and the PDF
 * viewer then read in Simplified Chinese, and an English Windows never looks for a locale the
 * app does not carry.
 */
export const APP_LOCALE = 'zh-CN'
