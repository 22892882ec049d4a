/**
 * The sandboxed preload: one named function per IPC channel on `window.kaopingtong`, and
 * nothing else. `ipcRenderer` itself is never exposed.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { BRIDGE_KEY, CLOSING_EVENT, IPC_CHANNELS } from '../../src/shared/ipc-channels'

const invoke = (channel: string) => (req?: unknown) => ipcRenderer.invoke(channel, req)

contextBridge.exposeInMainWorld(BRIDGE_KEY, {
  appInfo: invoke(IPC_CHANNELS.appInfo),
  log: invoke(IPC_CHANNELS.log),
  saveFile: invoke(IPC_CHANNELS.saveFile),
  openFiles: invoke(IPC_CHANNELS.openFiles),
  saveFilesToFolder: invoke(IPC_CHANNELS.saveFilesToFolder),
  backupWrite: invoke(IPC_CHANNELS.backupWrite),
  backupList: invoke(IPC_CHANNELS.backupList),
  backupRead: invoke(IPC_CHANNELS.backupRead),
  backupRemove: invoke(IPC_CHANNELS.backupRemove),
  readSystemFonts: invoke(IPC_CHANNELS.readSystemFonts),
  closeReady: invoke(IPC_CHANNELS.closeReady),
  onClosing: (handler: () => void) => {
    // The event object is not passed on: the page never sees an IpcRendererEvent.
    ipcRenderer.on(CLOSING_EVENT, () => handler())
  },
})
