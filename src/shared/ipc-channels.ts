/**
 * Channel names only, without the schemas: the sandboxed preload imports this file and stays a
 * few hundred bytes instead of bundling zod.
 */
export const IPC_CHANNELS = {
  appInfo: 'app:info',
  log: 'log:write',
  saveFile: 'file:save',
  openFiles: 'file:open',
  saveFilesToFolder: 'file:save-folder',
  backupWrite: 'backup:write',
  backupList: 'backup:list',
  backupRead: 'backup:read',
  backupRemove: 'backup:remove',
  readSystemFonts: 'fonts:read-system',
  closeReady: 'app:close-ready',
} as const

/** Main → renderer: the window is closing; run the close backup, then call `closeReady`. */
export const CLOSING_EVENT = 'app:closing'

/** The global name the preload exposes; the renderer reads nothing else from the window. */
export const BRIDGE_KEY = 'kaopingtong'
