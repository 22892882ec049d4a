// The desktop build: main, the sandboxed preload and the renderer with the Electron platform.
// It needs no Electron binary, so it runs on build machines without one (and in CI).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))
const pkg = JSON.parse(readFileSync(here('./package.json'), 'utf8')) as { version: string }

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: here('./electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot `require` anything but electron: one self-contained CJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: here('./electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: here('./src/renderer'),
    base: './',
    // resources/fonts (copied from npm by scripts/copy-fonts.mjs) is served as app://kaopingtong/fonts/.
    publicDir: here('./resources'),
    plugins: [react()],
    resolve: { alias: { '@platform': here('./src/platform/electron.ts') } },
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(pkg.version) },
    css: { postcss: here('.') },
    build: {
      outDir: here('./out/renderer'),
      chunkSizeWarningLimit: 4096,
      rollupOptions: { input: { index: here('./src/renderer/index.html') } },
    },
  },
})
