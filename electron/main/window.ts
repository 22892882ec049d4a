/** The one window of the app, with every web preference the security checklist asks for. */
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron'

export function secureWebPreferences(
  preload: string,
  devTools: boolean,
): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
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
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    devTools,
  }
}

export function createMainWindow(preload: string, devTools: boolean): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1100,
    minHeight: 680,
    show: false,
    title: '考评通',
    backgroundColor: '#f8f9fa',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preload, devTools),
  })
  win.once('ready-to-show', () => win.show())
  return win
}
