/**
 * The one window of the app, with every web preference the security checklist asks for. The
 * preferences are written out literally (not built by a helper) so that the security scan can
 * read them.
 */
import { BrowserWindow } from 'electron'

/**
 * `icon` is the app's PNG (resources/build/icon.png, copied into the renderer's output). Windows
 * takes the taskbar icon from the exe, where electron-builder puts the same picture; Linux and
 * an unpackaged start need it given here.
 */
export function createMainWindow(preload: string, devTools: boolean, icon: string): BrowserWindow {
  const win = new BrowserWindow({
    icon,
    width: 1440,
    height: 900,
    minWidth: 1100,
    minHeight: 680,
    show: false,
    title: '考评通',
    backgroundColor: '#f8f9fa',
    autoHideMenuBar: true,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click must not open links in new windows.
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools,
    },
  })
  win.once('ready-to-show', () => win.show())
  return win
}
