#!/usr/bin/env node
/* global document, window, MutationObserver */
/**
 * How soon the app's first screen (操作人) appears, in headless Chromium — a script run by hand,
 * not a test: `node bench/first-screen.mjs` builds the web app (as `npm run web` does) into
 * .tmp/first-screen-web and measures it; `node bench/first-screen.mjs <dist> [<dist> …]`
 * measures builds made before, taking them in turn run by run (old, new, old, new …), so the
 * noise of a shared machine falls on each alike.
 *
 * Each run is a fresh browser context (an empty profile, nothing cached): navigation → the
 * operator screen's marker (`data-app-state="operator"`, set when React has committed it),
 * timed inside the page from the start of navigation. Then, signed in, the first opening of a
 * section: the click on 单位名册 until its heading shows (the section's code is fetched then).
 * Prints `BENCH first-screen <median> ms`, `BENCH first-section-open <median> ms` and the
 * script sizes: the entry chunk, what it imports before anything runs, and the largest chunks.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs'

const ROOT = resolve(fileURLToPath(import.meta.url), '../..')
const RUNS = Number(process.env.BENCH_RUNS ?? 6)

function build() {
  const out = join(ROOT, '.tmp/first-screen-web')
  const r = spawnSync(
    'npx',
    [
      'vite',
      'build',
      '-c',
      'vite.web.config.ts',
      '--outDir',
      out,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  )
  if (r.status !== 0) throw new Error('网页构建失败')
  return out
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
}

/** A plain static server on a free loopback port: the same bytes for every build measured. */
function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname)
    const file = normalize(join(dir, path === '/' ? 'index.html' : path))
    if (!file.startsWith(dir)) return res.writeHead(403).end()
    try {
      const body = readFileSync(file)
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      res.end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({ url: `http://127.0.0.1:${server.address().port}/`, stop: () => server.close() }),
    ),
  )
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`

/** The entry script and the chunks index.html has the browser fetch with it. */
function chunkSizes(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const entry = html.match(/<script type="module"[^>]*src="\.\/([^"]+)"/)[1]
  const preload = [...html.matchAll(/rel="modulepreload"[^>]*href="\.\/([^"]+)"/g)].map((m) => m[1])
  const size = (f) => statSync(join(dir, f)).size
  const all = readdirSync(join(dir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ f: `assets/${f}`, size: size(`assets/${f}`) }))
    .sort((a, b) => b.size - a.size)
  return {
    entry: { f: entry, size: size(entry) },
    firstScreen: [entry, ...preload].reduce((sum, f) => sum + size(f), 0),
    preload: preload.length,
    largest: all.slice(0, 4),
    total: all.reduce((sum, c) => sum + c.size, 0),
    count: all.length,
  }
}

// Notes the moment React puts the operator screen's marker on #root, before anything else runs.
const MARK_FIRST_SCREEN = () => {
  new MutationObserver((_, observer) => {
    if (document.getElementById('root')?.dataset.appState === 'operator') {
      window.__firstScreen = performance.now()
      observer.disconnect()
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-app-state'] })
}

async function measure(browser, url) {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 800 },
    locale: 'zh-CN',
  })
  try {
    const page = await context.newPage()
    await page.addInitScript(MARK_FIRST_SCREEN)
    await page.goto(url)
    await page.waitForFunction(() => window.__firstScreen !== undefined, null, { timeout: 30_000 })
    const first = await page.evaluate(() => window.__firstScreen)
    await page.getByPlaceholder('例如：王芳').fill('基准')
    await page.getByRole('button', { name: '开始工作' }).click()
    await page.locator('#root[data-app-state="ready"]').waitFor()
    await page.getByRole('heading', { level: 2, name: '年度设置' }).waitFor()
    const open = await page.evaluate(async () => {
      const link = [...document.querySelectorAll('nav a')].find((a) =>
        a.textContent.includes('单位名册'),
      )
      const t0 = performance.now()
      link.click()
      for (;;) {
        const h = document.querySelector('main h2')
        if (h && h.textContent.includes('单位名册')) break
        await new Promise((r) => setTimeout(r, 1))
      }
      return performance.now() - t0
    })
    return { first, open }
  } finally {
    await context.close()
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const line = (xs) =>
  `${median(xs).toFixed(0)} ms (n=${xs.length}, min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`

const dirs = process.argv.length > 2 ? process.argv.slice(2).map((d) => resolve(d)) : [build()]
const servers = await Promise.all(dirs.map(serve))
const browser = await chromium.launch({
  executablePath: findChromium() ?? undefined,
  args: CHROMIUM_ARGS,
})
try {
  const figures = dirs.map(() => ({ first: [], open: [] }))
  // One warm-up run per build (Chromium's own start-up costs fall there), then the runs in turn.
  for (const s of servers) await measure(browser, s.url)
  for (let i = 0; i < RUNS; i++) {
    for (const [k, s] of servers.entries()) {
      const { first, open } = await measure(browser, s.url)
      figures[k].first.push(first)
      figures[k].open.push(open)
    }
  }
  for (const [k, dir] of dirs.entries()) {
    const tag = dirs.length > 1 ? ` [${dir.replace(`${ROOT}/`, '')}]` : ''
    const c = chunkSizes(dir)
    console.log(`BENCH first-screen ${line(figures[k].first)}${tag}`)
    console.log(`BENCH first-section-open ${line(figures[k].open)}${tag}`)
    console.log(
      `CHUNKS entry ${c.entry.f} ${kB(c.entry.size)}; with its ${c.preload} preloaded chunks ${kB(c.firstScreen)}; all ${c.count} scripts ${kB(c.total)}${tag}`,
    )
    console.log(`CHUNKS largest ${c.largest.map((x) => `${x.f} ${kB(x.size)}`).join(', ')}${tag}`)
  }
} finally {
  await browser.close()
  for (const s of servers) s.stop()
}
