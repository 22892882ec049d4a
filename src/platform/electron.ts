/**
 * The platform inside Electron: every capability goes through the preload's named functions
 * (`window.kaopingtong`), which main answers after checking the sender and the payload.
 */
import { BRIDGE_KEY } from '../shared/ipc-channels'
import type { IpcBridge } from '../shared/ipc-contract'
import { ok } from '../shared/result'
import type { Platform } from './platform'

function bridge(): IpcBridge {
  const b = (window as unknown as Record<string, IpcBridge | undefined>)[BRIDGE_KEY]
  if (!b) throw new Error('考评通的桌面桥接不可用：请从桌面应用中打开本页面')
  return b
}

let closeHandler: (() => Promise<void>) | null = null

export const platform: Platform = {
  async appInfo() {
    const r = await bridge().appInfo(undefined)
    return r.ok ? ok({ ...r.value }) : r
  },
  log: (entry) => bridge().log(entry),
  saveFile: (req) => bridge().saveFile(req),
  openFiles: (req) => bridge().openFiles(req),
  saveFilesToFolder: (req) => bridge().saveFilesToFolder(req),
  backupWrite: (name, text) => bridge().backupWrite({ name, text }),
  backupList: () => bridge().backupList(undefined),
  backupRead: (name) => bridge().backupRead({ name }),
  backupRemove: (name) => bridge().backupRemove({ name }),
  readSystemFonts: (fileNames) => bridge().readSystemFonts({ fileNames }),
  setCloseHandler(handler) {
    const first = closeHandler === null
    closeHandler = handler
    if (!first) return
    bridge().onClosing(() => {
      const run = closeHandler ?? (async () => undefined)
      run()
        .catch((e: unknown) =>
          bridge().log({ level: 'error', message: `关闭前备份失败：${String(e)}` }),
        )
        .finally(() => void bridge().closeReady(undefined))
    })
  },
}
