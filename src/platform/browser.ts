/**
 * The platform for `npm run web` and the end-to-end tests: the same contract as the Electron
 * preload, implemented with what a browser page may do. Saving downloads a file, opening uses
 * a file picker, the log lives in IndexedDB.
 */
import { appendLog } from './browser-log'
import type { OpenedFile, OpenFilesRequest, Platform, SaveFileRequest } from './platform'
import { fail, ok } from '../shared/result'

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
    try {
      await appendLog(entry)
      return ok(undefined)
    } catch (e) {
      return fail('log-failed', `写入本机日志失败：${e instanceof Error ? e.message : String(e)}`)
    }
  },

  async saveFile(req: SaveFileRequest) {
    try {
      // Copy into a fresh ArrayBuffer: the Blob constructor rejects views on shared memory.
      const blob = new Blob([req.data.slice().buffer as ArrayBuffer])
      const url = URL.createObjectURL(blob)
      const a = document.createElement('a')
      a.href = url
      a.download = req.suggestedName
      a.style.display = 'none'
      document.body.append(a)
      a.click()
      a.remove()
      // The download has started by now; revoke later so slow browsers still read the blob.
      setTimeout(() => URL.revokeObjectURL(url), 60_000)
      // A browser cannot tell whether the person kept the download: report it as saved.
      return ok({ saved: true, name: req.suggestedName })
    } catch (e) {
      return fail('save-failed', `保存文件失败：${e instanceof Error ? e.message : String(e)}`)
    }
  },

  async openFiles(req: OpenFilesRequest) {
    try {
      const files = await pickFiles(req)
      const opened: OpenedFile[] = await Promise.all(
        files.map(async (f) => ({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) })),
      )
      return ok(opened)
    } catch (e) {
      return fail('open-failed', `读取文件失败：${e instanceof Error ? e.message : String(e)}`)
    }
  },
}
