/**
 * The platform for `npm run web` and the end-to-end tests: the same contract as the Electron
 * preload, implemented with what a browser page may do. Saving downloads a file (a folder of
 * files downloads as one .zip), opening uses a file picker, the log and the backups live in
 * IndexedDB databases of their own, and the PC's installed fonts are out of a page's reach.
 */
import {
  checkBackupName,
  listBackups,
  readBackup,
  removeBackup,
  writeBackup,
} from './browser-backups'
import { appendLog } from './browser-log'
import { zipFiles } from './zip-files'
import type { OpenedFile, OpenFilesRequest, Platform, SaveFileRequest } from './platform'
import { fail, ok, type Result } from '../shared/result'

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e))

/** Wraps a storage call: its failure becomes a Chinese `{ ok: false }`, never a throw. */
async function attempt<T>(code: string, what: string, work: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await work())
  } catch (e) {
    return fail(code, `${what}失败：${message(e)}`)
  }
}

let closeHandler: (() => Promise<void>) | null = null

function download(name: string, data: Uint8Array): void {
  // Copy into a fresh ArrayBuffer: the Blob constructor rejects views on shared memory.
  const blob = new Blob([data.slice().buffer as ArrayBuffer])
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.style.display = 'none'
  document.body.append(a)
  a.click()
  a.remove()
  // The download has started by now; revoke later so slow browsers still read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

const VERSION = import.meta.env.VITE_APP_VERSION ?? '0.1.0'

function acceptOf(req: OpenFilesRequest): string {
  return (req.filters ?? []).flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',')
}

function pickFiles(req: OpenFilesRequest): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.multiple = req.multiple ?? false
    const accept = acceptOf(req)
    if (accept) input.accept = accept
    input.style.display = 'none'
    input.addEventListener('change', () => {
      resolve(Array.from(input.files ?? []))
      input.remove()
    })
    // Closing the picker fires `cancel` (Chromium 113+): resolve with no files.
    input.addEventListener('cancel', () => {
      resolve([])
      input.remove()
    })
    document.body.append(input)
    input.click()
  })
}

export const platform: Platform = {
  async appInfo() {
    return ok({ name: '考评通', version: VERSION, shell: 'browser' as const })
  },

  async log(entry) {
    const line = `[${entry.level}] ${entry.context ? `${entry.context}: ` : ''}${entry.message}`
    if (entry.level === 'error') console.error(line, entry.stack ?? '')
    else if (entry.level === 'warn') console.warn(line)
    else console.info(line)
    return attempt('log-failed', '写入本机日志', () => appendLog(entry))
  },

  async saveFile(req: SaveFileRequest) {
    return attempt('save-failed', '保存文件', async () => {
      download(req.suggestedName, req.data)
      // A browser cannot tell whether the person kept the download: report it as saved.
      return { saved: true, name: req.suggestedName }
    })
  },

  async saveFilesToFolder(req) {
    // A page cannot write into a folder, and a browser drops most of many downloads fired at
    // once: several files go into the browser's download folder as one .zip, one file as itself.
    return attempt('save-failed', '保存文件', async () => {
      const [only] = req.files
      if (req.files.length === 1 && only) {
        download(only.name, only.data)
        return { saved: true, folder: `浏览器下载文件夹中的“${only.name}”`, count: 1 }
      }
      download(req.zipName, zipFiles(req.files))
      return {
        saved: true,
        folder: `浏览器下载文件夹中的“${req.zipName}”（解压后即是各个文件）`,
        count: req.files.length,
      }
    })
  },

  async backupWrite(name, text) {
    const bad = checkBackupName(name)
    if (bad) return fail('invalid-name', bad)
    return attempt('backup-failed', '写入备份', () => writeBackup(name, text))
  },

  async backupList() {
    return attempt('backup-failed', '读取备份列表', listBackups)
  },

  async backupRead(name) {
    const r = await attempt('backup-failed', '读取备份', () => readBackup(name))
    if (r.ok && r.value === null) return fail('not-found', `找不到备份“${name}”`)
    return r as Result<string>
  },

  async backupRemove(name) {
    return attempt('backup-failed', '删除备份', () => removeBackup(name))
  },

  setCloseHandler(handler) {
    // A tab cannot hold its closing open for an asynchronous backup: start it on `pagehide`
    // and let it finish if the browser allows. The 15-minute backups do not depend on this.
    if (closeHandler === null) window.addEventListener('pagehide', () => void closeHandler?.())
    closeHandler = handler
  },

  async readSystemFonts() {
    // A web page cannot read the PC's font files: every font counts as not installed, and the
    // documents use the fonts bundled with the app.
    return ok([])
  },

  async openFiles(req: OpenFilesRequest) {
    return attempt('open-failed', '读取文件', async () => {
      const files = await pickFiles(req)
      return Promise.all(
        files.map(async (f): Promise<OpenedFile> => ({
          name: f.name,
          data: new Uint8Array(await f.arrayBuffer()),
        })),
      )
    })
  },
}
