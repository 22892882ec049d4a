/**
 * Session and web-contents hardening (Electron's security checklist, see docs/security.md).
 * The app runs on PCs without a network: every request that is not the app's own is cancelled,
 * every permission is denied, navigation and new windows are refused.
 */
import { app, type Session, type WebContents } from 'electron'
import { isAllowedNavigation, isAllowedRequest, type RequestPolicyOptions } from './url-policy'

/** Chromium switches that stop background traffic before any window exists. */
export const OFFLINE_SWITCHES: [string, string?][] = [
  ['disable-background-networking'],
  ['disable-component-update'],
  ['disable-domain-reliability'],
  ['disable-breakpad'],
  ['no-pings'],
  ['no-proxy-server'],
  ['disable-features', 'AutofillServerCommunication,MediaRouter,OptimizationHints,Translate'],
]

export function applyOfflineSwitches(): void {
  for (const [name, value] of OFFLINE_SWITCHES) app.commandLine.appendSwitch(name, value)
}

export async function hardenSession(ses: Session, opts: RequestPolicyOptions): Promise<void> {
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.setDevicePermissionHandler(() => false)
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, opts) })
  })
  // Downloads are never started by the page: files are saved through the typed IPC.
  ses.on('will-download', (event) => event.preventDefault())
  // No proxy auto-discovery (WPAD would try the network on every start).
  await ses.setProxy({ mode: 'direct' })
  ses.setSpellCheckerEnabled(false)
  // Hunspell dictionaries would be fetched from a Google CDN; point the download nowhere.
  ses.setSpellCheckerDictionaryDownloadURL('app://kaopingtong/no-dictionaries/')
}

export function hardenWebContents(contents: WebContents, opts: RequestPolicyOptions): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, opts)) event.preventDefault()
  })
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url, opts)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, opts)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  // No new windows of any kind; nothing is ever handed to shell.openExternal.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}
