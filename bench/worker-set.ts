/**
 * The app's PDF worker on the 100-unit document set in headless Chromium, with the engine
 * patches switched on in groups: `npx tsx bench/worker-set.ts [rounds] [group,group,…]`.
 * Each round runs every group in a fresh worker (a cold set, then a warm one), the order
 * rotating between rounds so no group always runs first. Prints the CPU time of the whole
 * browser (all its processes, from /proc: Linux only), which on a shared machine varies far
 * less than wall time, and the wall time beside it.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { build } from 'vite'
import { bundledFontPath } from '../src/node/fonts'
import { BUNDLED_FONTS } from '../src/shared/bundled-fonts'
// @ts-expect-error -- a plain .mjs helper without type declarations
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs'

const rounds = Number(process.argv[2] ?? 4)
const groups = (process.argv[3] ?? 'none,core,core+text,all').split(',')
const out = resolve('.tmp/bench-worker')

await build({
  root: resolve('bench/worker'),
  base: '/',
  logLevel: 'warn',
  publicDir: false,
  build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 8192 },
})

const fontFiles = new Map(BUNDLED_FONTS.map((f) => [f.servedAs, bundledFontPath(f)]))
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' }
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname
  const font = path.startsWith('/fonts/') ? fontFiles.get(path.slice(7)) : undefined
  const file = font ?? join(out, path === '/' ? 'index.html' : path)
  try {
    const body = readFileSync(file)
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    res.end(body)
  } catch {
    res.writeHead(404).end()
  }
})
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
const port = (server.address() as { port: number }).port

const browserServer = await chromium.launchServer({
  executablePath: (findChromium as () => string)(),
  args: CHROMIUM_ARGS as string[],
})
const browser = await chromium.connect(browserServer.wsEndpoint())
const rootPid = browserServer.process().pid!
const TICK_MS = 10 // USER_HZ is 100 on Linux

/** CPU milliseconds used so far by the browser and every process under it. */
function treeCpuMs(): number {
  const parent = new Map<number, number>()
  const ticks = new Map<number, number>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      parent.set(Number(name), Number(f[1]))
      ticks.set(Number(name), Number(f[11]) + Number(f[12]))
    } catch {
      // The process ended while being read.
    }
  }
  let sum = 0
  for (const [pid, t] of ticks) {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parent.get(p))
      if (p === rootPid) {
        sum += t
        break
      }
  }
  return sum * TICK_MS
}

const results = new Map(groups.map((g) => [g, [] as { cold: number[]; warm: number[] }[]]))
for (let round = 0; round < rounds; round++) {
  const order = groups.map((_, i) => groups[(i + round) % groups.length]!)
  for (const group of order) {
    const page = await browser.newPage()
    await page.goto(`http://127.0.0.1:${port}/`)
    await page.waitForFunction(() => 'bench' in globalThis)
    type Bench = { start(g: string): Promise<void>; set(): Promise<{ ms: number }> }
    await page.evaluate((g) => (globalThis as unknown as { bench: Bench }).bench.start(g), group)
    const c0 = treeCpuMs()
    const cold = await page.evaluate(() => (globalThis as unknown as { bench: Bench }).bench.set())
    const c1 = treeCpuMs()
    const warm = await page.evaluate(() => (globalThis as unknown as { bench: Bench }).bench.set())
    const c2 = treeCpuMs()
    await page.close()
    results.get(group)!.push({ cold: [c1 - c0, cold.ms], warm: [c2 - c1, warm.ms] })
    console.log(
      `round ${round + 1} ${group}: cold cpu ${c1 - c0} ms wall ${cold.ms.toFixed(0)} ms, warm cpu ${c2 - c1} ms wall ${warm.ms.toFixed(0)} ms`,
    )
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
for (const [group, rs] of results) {
  const cpuCold = rs.map((r) => r.cold[0]!)
  const cpuWarm = rs.map((r) => r.warm[0]!)
  console.log(`BENCH worker-set-cold-cpu[${group}] ${median(cpuCold)} ms (${cpuCold.join(', ')})`)
  console.log(`BENCH worker-set-warm-cpu[${group}] ${median(cpuWarm)} ms (${cpuWarm.join(', ')})`)
}
await browser.close()
await browserServer.close()
server.close()
