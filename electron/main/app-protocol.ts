/**
 * The UI is served from one fixed origin, app://kaopingtong, never from file://: IndexedDB
 * data belongs to the origin, so it must be the same on every start and every install.
 */
import { protocol } from 'electron'
import { readFile } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
import { contentSecurityPolicy } from '../../src/shared/csp'
import { APP_SCHEME, appUrlToRelativePath } from './url-policy'

/** Must run before `app.ready`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ])
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

export function serveAppScheme(rendererDir: string): void {
  const root = resolve(rendererDir)
  const headers = (type: string) => ({
    'Content-Type': type,
    'Content-Security-Policy': contentSecurityPolicy({ dev: false }),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
  })
  protocol.handle(APP_SCHEME, async (request) => {
    const rel = appUrlToRelativePath(request.url)
    const full = rel ? resolve(root, rel) : null
    if (!full || !full.startsWith(root + sep)) {
      return new Response('未找到', { status: 404, headers: headers('text/plain; charset=utf-8') })
    }
    try {
      const body = await readFile(full)
      const type = TYPES[extname(full).toLowerCase()] ?? 'application/octet-stream'
      return new Response(new Uint8Array(body), { status: 200, headers: headers(type) })
    } catch {
      return new Response('未找到', { status: 404, headers: headers('text/plain; charset=utf-8') })
    }
  })
}
