/**
 * The main process: register the app scheme, harden the session, open the one window, answer
 * the typed IPC. No auto-update, no crash upload, no network — see docs/security.md.
 */
import { app, Menu, session, type BrowserWindow } from 'electron'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { APP_LOCALE } from '../../src/shared/app-locale'
import { CLOSING_EVENT } from '../../src/shared/ipc-channels'
import { registerAppScheme, serveAppScheme } from './app-protocol'
import { applyOfflineSwitches, hardenSession, hardenWebContents } from './hardening'
import { appPaths, createHandlers, registerIpc } from './ipc-handlers'
import { appendLogLine } from './log-file'
import { APP_ENTRY } from './url-policy'
import { createMainWindow } from './window'

const here = dirname(fileURLToPath(import.meta.url))
const devServer = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const policy = { devServer }
const paths = appPaths(app.getPath('userData'))
/** How long the close backup may take before the window closes anyway. */
const CLOSE_GRACE_MS = 8000

function logMain(level: 'error' | 'info', message: string, stack?: string) {
  void appendLogLine(paths.logs, { level, message, stack, source: 'main' }).catch(() => undefined)
}

process.on('uncaughtException', (err) => logMain('error', err.message, err.stack))
process.on('unhandledRejection', (err) =>
  logMain('error', err instanceof Error ? err.message : String(err)),
)

registerAppScheme()
applyOfflineSwitches()
app.commandLine.appendSwitch('lang', APP_LOCALE)
app.enableSandbox()

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same database; bring the first window forward instead.
  app.quit()
}

let mainWindow: BrowserWindow | null = null
let closeApproved = false

function openWindow() {
  const win = createMainWindow(
    join(here, '../preload/index.cjs'),
    !app.isPackaged,
    join(here, '../renderer/build/icon.png'),
  )
  mainWindow = win
  win.on('close', (event) => {
    if (closeApproved) return
    // Give the page a moment to write its close backup, then close regardless.
    event.preventDefault()
    win.webContents.send(CLOSING_EVENT)
    setTimeout(() => approveClose(), CLOSE_GRACE_MS)
  })
  win.on('closed', () => {
    mainWindow = null
  })
  void win.loadURL(devServer ?? APP_ENTRY)
}

function approveClose() {
  if (closeApproved) return
  closeApproved = true
  mainWindow?.close()
}

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore()
  mainWindow?.focus()
})

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, policy))

app.whenReady().then(async () => {
  Menu.setApplicationMenu(null)
  await hardenSession(session.defaultSession, policy)
  serveAppScheme(join(here, '../renderer'))
  const handlers = createHandlers(
    () => mainWindow,
    paths,
    { name: '考评通', version: app.getVersion() },
    approveClose,
  )
  registerIpc(handlers, { ...policy, onError: (e) => logMain('error', String(e)) })
  logMain('info', `启动 ${app.getVersion()}`)
  openWindow()
})

app.on('window-all-closed', () => app.quit())
