// The renderer as a plain web app, for `npm run web` and the end-to-end tests: the same UI as
// Electron, with the browser platform behind `@platform`.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { contentSecurityPolicy } from './src/shared/csp'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))
const pkg = JSON.parse(readFileSync(here('./package.json'), 'utf8')) as { version: string }

/** A static server sends no CSP header, so the page carries the app's one policy itself. */
function cspMeta(dev: boolean): Plugin {
  return {
    name: 'kaopingtong-csp-meta',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy({ dev }) },
        injectTo: 'head-prepend',
      },
    ],
  }
}

export default defineConfig(({ command, mode }) => ({
  root: here('./src/renderer'),
  base: './',
  // The bundled fonts for the PDFs, copied from npm by scripts/copy-fonts.mjs, served as fonts/.
  publicDir: here('./resources'),
  plugins: [react(), cspMeta(command === 'serve')],
  resolve: { alias: { '@platform': here('./src/platform/browser.ts') } },
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(pkg.version) },
  css: { postcss: here('.') },
  build: {
    // The Playwright build (mode `e2e`, with the crash probe route) must never overwrite the
    // build that `npm run web` serves. E2E_OUT lets two Playwright runs on one machine (each with
    // its own E2E_PORT) keep their builds apart.
    outDir: mode === 'e2e' ? here(process.env.E2E_OUT ?? './.tmp/e2e-web') : here('./dist-web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2048,
  },
  preview: { host: '127.0.0.1', port: 5199, strictPort: true },
  server: { host: '127.0.0.1', port: 5199, strictPort: true },
}))
