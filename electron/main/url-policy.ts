/**
 * Every URL question of the main process is answered here, in one pure module, so that the
 * rules can be tested with hostile input. Origins are compared as parsed `URL`s, never as
 * strings: `app://kaopingtong.evil`, `app://kaopingtong@evil` and friends must all fail.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'kaopingtong'
/** The UI's one origin. IndexedDB data belongs to it, so it must never change. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY = `${APP_ORIGIN}/index.html`

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** True only for URLs of the app's own scheme and host, with no credentials or port. */
export function isAppUrl(url: string): boolean {
  const u = parse(url)
  if (!u) return false
  return (
    u.protocol === `${APP_SCHEME}:` &&
    u.hostname.toLowerCase() === APP_HOST &&
    u.username === '' &&
    u.password === '' &&
    u.port === ''
  )
}

/** The dev server's origin (electron-vite dev), allowed only when the app runs in dev mode. */
export function isDevServerUrl(url: string, devServer: string | undefined): boolean {
  if (!devServer) return false
  const u = parse(url)
  const d = parse(devServer)
  if (!u || !d) return false
  return u.origin === d.origin && (u.protocol === 'http:' || u.protocol === 'ws:')
}

export interface RequestPolicyOptions {
  /** ELECTRON_RENDERER_URL in dev mode; undefined in a built app. */
  devServer?: string | undefined
}

/**
 * Whether the session may perform a request at all. Only the app's own scheme, data: and blob:
 * (PDF previews, downloads built in memory) and, in dev mode, the dev server. Everything else —
 * http(s), file:, ftp:, ws:, chrome-extension:, devtools: — is cancelled: the app runs on
 * machines without a network and must not even try.
 */
export function isAllowedRequest(url: string, opts: RequestPolicyOptions = {}): boolean {
  const u = parse(url)
  if (!u) return false
  if (u.protocol === 'data:') return true
  if (u.protocol === 'blob:') {
    // blob:app://kaopingtong/<uuid> — the blob must come from our own origin.
    return isAppUrl(u.pathname) || isDevServerUrl(u.pathname, opts.devServer)
  }
  if (isAppUrl(url)) return true
  if (opts.devServer) {
    if (isDevServerUrl(url, opts.devServer)) return true
    const d = parse(opts.devServer)
    // Vite's HMR websocket lives on the dev server's host and port.
    if (d && u.protocol === 'ws:' && u.host === d.host) return true
  }
  return false
}

/** Navigation (will-navigate, will-redirect, window.open) may only stay inside the app. */
export function isAllowedNavigation(url: string, opts: RequestPolicyOptions = {}): boolean {
  return isAppUrl(url) || isDevServerUrl(url, opts.devServer)
}

/**
 * Maps an app:// URL to a path relative to the renderer folder, or null when it would leave it.
 * Percent-encoding is decoded before the check, so `%2e%2e%2f` cannot climb out either.
 */
export function appUrlToRelativePath(url: string): string | null {
  if (!isAppUrl(url)) return null
  const u = parse(url)
  if (!u) return null
  let decoded: string
  try {
    decoded = decodeURIComponent(u.pathname)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const parts: string[] = []
  for (const seg of decoded.split('/')) {
    if (seg === '' || seg === '.') continue
    if (seg === '..') return null
    if (/^[a-zA-Z]:$/.test(seg)) return null
    parts.push(seg)
  }
  return parts.length === 0 ? 'index.html' : parts.join('/')
}

/** Whether an IPC message comes from the app's own page (the sender frame's URL). */
export function isTrustedSender(frameUrl: string | undefined, opts: RequestPolicyOptions = {}) {
  if (!frameUrl) return false
  return isAppUrl(frameUrl) || isDevServerUrl(frameUrl, opts.devServer)
}
