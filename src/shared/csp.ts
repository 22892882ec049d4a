/**
 * The one Content-Security-Policy of the UI, used by the Electron protocol handler (as a
 * response header) and by the web build (as a meta tag). Everything the app needs comes from
 * itself; nothing may be loaded from, or sent to, anywhere else.
 */
export function contentSecurityPolicy({ dev = false }: { dev?: boolean } = {}): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'none'"],
    // Vite's dev server injects an inline React-refresh preamble and talks over a websocket;
    // neither exists in a built app.
    'script-src': dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    // Mantine sets style attributes at run time (CSS variables on elements).
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': dev ? ["'self'", 'ws:'] : ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'frame-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
  }
  return Object.entries(directives)
    .map(([k, v]) => `${k} ${v.join(' ')}`)
    .join('; ')
}
