/** What each IPC channel does in the main process, behind the checks of ipc-dispatch.ts. */
import { dialog, ipcMain, type BrowserWindow } from 'electron'
import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { ipcContract, type IpcName } from '../../src/shared/ipc-contract'
import { backupFolder } from './backups'
import { safeJoin, writeFileAtomic } from './files'
import { dispatcher, type IpcHandlers } from './ipc-dispatch'
import { appendLogLine } from './log-file'
import { readSystemFonts, systemFontFolders } from './system-fonts'
import type { RequestPolicyOptions } from './url-policy'

export interface AppPaths {
  logs: string
  backups: string
}

const MAX_OPEN_BYTES = 50 * 1024 * 1024

export function createHandlers(
  getWindow: () => BrowserWindow | null,
  paths: AppPaths,
  app: { name: string; version: string },
  onCloseReady: () => void,
): IpcHandlers {
  const backups = backupFolder(paths.backups)
  return {
    appInfo: async () => ({ name: app.name, version: app.version, shell: 'electron' as const }),
    log: async (entry) => appendLogLine(paths.logs, { ...entry, source: 'renderer' }),
    saveFile: async (req) => {
      const win = getWindow()
      const opts = {
        defaultPath: req.suggestedName,
        ...(req.filters ? { filters: req.filters } : {}),
      }
      const r = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts)
      if (r.canceled || !r.filePath) return { saved: false }
      await writeFileAtomic(r.filePath, req.data)
      return { saved: true, name: basename(r.filePath) }
    },
    openFiles: async (req) => {
      const win = getWindow()
      const props: ('openFile' | 'multiSelections')[] = ['openFile']
      if (req.multiple) props.push('multiSelections')
      const opts = { properties: props, ...(req.filters ? { filters: req.filters } : {}) }
      const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts)
      if (r.canceled) return []
      const files = []
      for (const path of r.filePaths) {
        const data = await readFile(path)
        if (data.byteLength > MAX_OPEN_BYTES) {
          throw new Error(`${basename(path)} 超过 50 MB，不像是考评用的文件`)
        }
        files.push({ name: basename(path), data: new Uint8Array(data) })
      }
      return files
    },
    saveFilesToFolder: async (req) => {
      const win = getWindow()
      const opts = {
        title: req.title,
        properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
      }
      const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts)
      const folder = r.filePaths[0]
      if (r.canceled || !folder) return { saved: false, count: 0 }
      for (const f of req.files) await writeFileAtomic(safeJoin(folder, f.name), f.data)
      return { saved: true, folder, count: req.files.length }
    },
    backupWrite: async (req) => backups.write(req.name, req.text),
    backupList: async () => backups.list(),
    backupRead: async (req) => backups.read(req.name),
    backupRemove: async (req) => backups.remove(req.name),
    readSystemFonts: async (req) =>
      readSystemFonts(req.fileNames, systemFontFolders(process.env, process.platform)),
    closeReady: async () => onCloseReady(),
  }
}

export function registerIpc(
  handlers: IpcHandlers,
  opts: RequestPolicyOptions & { onError: (err: unknown) => void },
): void {
  for (const name of Object.keys(ipcContract) as IpcName[]) {
    const run = dispatcher(name, handlers[name] as never, opts)
    ipcMain.handle(ipcContract[name].channel, (event, raw: unknown) =>
      run(event.senderFrame?.url, raw),
    )
  }
}

export function appPaths(userData: string): AppPaths {
  return { logs: join(userData, 'logs'), backups: join(userData, 'backups') }
}
