#!/usr/bin/env node
/* global document, requestAnimationFrame, KeyboardEvent, HTMLInputElement */
/**
 * Scoring workspace and ranking page with a large county, in Chromium — a script run by hand,
 * not a test: `node bench/scoring-ui.mjs` (builds and serves the web app on port 5321, or on
 * BENCH_PORT, building into E2E_OUT like the end-to-end tests so parallel runs stay apart), or
 * `BENCH_URL=http://127.0.0.1:5199 node bench/scoring-ui.mjs` against a running `npm run web`.
 *
 * The county: 100 units × 60 items × 5 reviewers (30,000 reviewer scores) with self-assessments,
 * built by the domain and restored through 数据与备份 like any year package. Measured inside the
 * page (performance.now), so Playwright's round trips are not counted:
 * - scoring-cell-move: ArrowDown handled and the next frame reached;
 * - scoring-cell-commit: a typed score committed with Enter (checked, saved, focus moved) to the
 *   next frame; scoring-commit-saved: until the store has it and the grid shows it;
 * - ranking-render: from the click on 排名结果 until both tables are in the page (reading the
 *   year — its 30,000 scores as 100 per-unit packs — computeResults, rendering).
 * Prints `BENCH <name> <median> ms` lines.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs'

const ROOT = resolve(fileURLToPath(import.meta.url), '../..')
const PORT = Number(process.env.BENCH_PORT ?? 5321)
const dir = mkdtempSync(join(tmpdir(), 'kpt-bench-'))

function buildPackage() {
  const script = join(dir, 'make.ts')
  const out = join(dir, 'big-county.kpt')
  writeFileSync(
    script,
    `import { writeFileSync } from 'node:fs'
import { emptyYearPackage, serializeYearPackage } from ${JSON.stringify(join(ROOT, 'src/domain/index.ts'))}
const pkg = emptyYearPackage(2026, '基准县')
const items = Array.from({ length: 60 }, (_, i) => ({
  code: \`\${Math.floor(i / 20) + 1}.\${(i % 20) + 1}\`, title: \`考评内容 \${i + 1}\`,
  max: i % 3 === 2 ? 200 : 150, standard: '全面落实的得满分；落实不到位的，视情况扣分。', step: 50,
}))
const sheet = (sequence) => ({ sequence, version: 1, title: '基准细则',
  categories: [0, 1, 2].map((c) => ({ title: \`一级指标 \${c + 1}\`, items: items.slice(c * 20, c * 20 + 20) })),
  vetoes: [] })
pkg.criteria = { township: sheet('township'), department: sheet('department') }
pkg.reviewers = Array.from({ length: 5 }, (_, r) => ({ id: \`r\${r}\`, name: \`评分人\${r + 1}\`, retired: false }))
let seed = 7
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
for (let u = 0; u < 100; u++) {
  const sequence = u % 2 === 0 ? 'township' : 'department'
  const id = \`u\${u}\`
  pkg.units.push({ id, name: \`单位\${String(u).padStart(3, '0')}\`, sequence, kind: sequence === 'township' ? '乡镇' : '部门',
    leaders: [], contact: { name: '', phone: '' }, retired: false })
  pkg.submissions.push({ unitId: id, version: 1, fileName: \`\${id}.xlsx\`, importedAt: '2027-01-05T00:00:00.000Z',
    importedBy: '基准', criteriaVersion: 1, veto: { conditions: [], note: '' },
    items: items.map((it) => ({ code: it.code, score: it.max, explanation: '已全面落实', evidence: ['会议纪要'] })) })
  for (const it of items) for (const r of pkg.reviewers) {
    const score = Math.floor(rand() * (it.max / 50 + 1)) * 50
    pkg.scores.push({ unitId: id, reviewerId: r.id, itemCode: it.code, score, reason: score === it.max ? '' : '抽查发现不足' })
  }
}
writeFileSync(${JSON.stringify(out)}, serializeYearPackage(pkg))
`,
  )
  const r = spawnSync('npx', ['tsx', script], { cwd: ROOT, stdio: 'inherit' })
  if (r.status !== 0) throw new Error('生成基准数据失败')
  return out
}

async function startServer() {
  if (process.env.BENCH_URL) return { url: process.env.BENCH_URL, stop: () => {} }
  const cmd = `npx vite build -c vite.web.config.ts --mode e2e --logLevel warn && npx vite preview -c vite.web.config.ts --mode e2e --host 127.0.0.1 --port ${PORT} --strictPort`
  const child = spawn('sh', ['-c', cmd], { cwd: ROOT, stdio: 'ignore', detached: true })
  const url = `http://127.0.0.1:${PORT}`
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => process.kill(-child.pid) }
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error('网页服务没有启动')
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}
const report = (name, xs) =>
  console.log(
    `BENCH ${name} ${median(xs).toFixed(2)} ms (n=${xs.length}, max ${Math.max(...xs).toFixed(2)})`,
  )

const file = buildPackage()
const server = await startServer()
const browser = await chromium.launch({
  executablePath: findChromium() ?? undefined,
  args: CHROMIUM_ARGS,
})
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' })
  await page.goto(server.url)
  const root = page.locator('#root')
  await page.waitForFunction(() =>
    /^(operator|ready)$/.test(document.getElementById('root')?.dataset.appState ?? ''),
  )
  if ((await root.getAttribute('data-app-state')) === 'operator') {
    await page.getByPlaceholder('例如：王芳').fill('基准')
    await page.getByRole('button', { name: '开始工作' }).click()
  }
  const nav = page.getByRole('navigation', { name: '考评流程' })
  await nav.getByRole('link', { name: '数据与备份' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: '选择数据文件…' }).click()
  await (await chooser).setFiles(file)
  await page.getByTestId('package-preview').getByRole('button', { name: '作为新年度加入' }).click()
  await page.getByTestId('notice-success').last().waitFor({ timeout: 180_000 })

  await nav.getByRole('link', { name: '审核评分' }).click()
  await page.getByLabel('新增评分人').fill('基准评分人')
  await page.getByRole('button', { name: '新增', exact: true }).click()
  await page
    .getByLabel('评分人', { exact: true })
    .locator('option:checked', { hasText: '基准评分人' })
    .waitFor({ state: 'attached' })
  await page.locator('input.kp-score').first().waitFor()

  const figures = await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)))
    const cells = () => [...document.querySelectorAll('input.kp-score')]
    const key = (el, k) =>
      el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }))
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
    const progress = document.querySelector('[data-testid="unit-progress"]')
    // Work: the handler, React's synchronous re-render (discrete events flush in a microtask)
    // and the layout it forces; frame: until the next animation frame, which also waits for
    // the frame boundary and so is never below the time left in the current frame.
    const settle = async () => {
      await new Promise((r) => setTimeout(r, 0))
      document.body.getBoundingClientRect()
    }
    const moveSync = []
    const move = []
    const moveFrame = []
    const commit = []
    const commitFrame = []
    const saved = []
    cells()[0].focus()
    for (let i = 0; i < 59; i++) {
      await frame()
      const t0 = performance.now()
      key(document.activeElement, 'ArrowDown')
      moveSync.push(performance.now() - t0)
      await settle()
      move.push(performance.now() - t0)
      await frame()
      moveFrame.push(performance.now() - t0)
    }
    for (let i = 0; i < 40; i++) {
      const el = cells()[i]
      el.focus()
      await frame()
      const before = progress.textContent
      setValue.call(
        el,
        el.closest('tr').querySelector('[data-testid="self-score"]').textContent.trim(),
      )
      el.dispatchEvent(new Event('input', { bubbles: true }))
      await frame()
      const t0 = performance.now()
      key(el, 'Enter')
      await settle()
      commit.push(performance.now() - t0)
      await frame()
      commitFrame.push(performance.now() - t0)
      while (progress.textContent === before) await new Promise((r) => setTimeout(r, 1))
      saved.push(performance.now() - t0)
    }
    return { moveSync, move, moveFrame, commit, commitFrame, saved }
  })
  report('scoring-cell-move-handler', figures.moveSync)
  report('scoring-cell-move', figures.move)
  report('scoring-cell-move-next-frame', figures.moveFrame)
  report('scoring-cell-commit', figures.commit)
  report('scoring-cell-commit-next-frame', figures.commitFrame)
  report('scoring-commit-saved', figures.saved)

  const render = []
  // The first visit reads the store; later visits reuse that read while nothing was written, and
  // read the year again after a write (visit 3, after one more score).
  for (let i = 0; i < 4; i++) {
    await nav.getByRole('link', { name: '审核评分' }).click()
    await page.getByTestId('score-grid').waitFor()
    if (i === 2) {
      // A reviewer scores one more cell between two visits: the page reads the year again.
      const progress = page.getByTestId('unit-progress')
      const before = await progress.textContent()
      const line = page.getByTestId('score-grid').locator('tbody tr[data-item]').nth(45)
      const self = ((await line.getByTestId('self-score').textContent()) ?? '').trim()
      await line.locator('input.kp-score').focus()
      await page.keyboard.type(self)
      await page.keyboard.press('Enter')
      await page.waitForFunction(
        (b) => document.querySelector('[data-testid="unit-progress"]')?.textContent !== b,
        before,
      )
    }
    render.push(
      await page.evaluate(async () => {
        const link = [...document.querySelectorAll('nav a')].find((a) =>
          a.textContent.includes('排名结果'),
        )
        const t0 = performance.now()
        link.click()
        for (;;) {
          const a = document.querySelector('[data-testid="ranking-township"] tbody tr')
          const b = document.querySelector('[data-testid="ranking-department"] tbody tr')
          if (a && b) break
          await new Promise((r) => setTimeout(r, 1))
        }
        await new Promise((r) => requestAnimationFrame(() => r(undefined)))
        return performance.now() - t0
      }),
    )
  }
  report('ranking-render-first', render.slice(0, 1))
  report('ranking-render-unchanged', [render[1], render[3]])
  report('ranking-render-after-score', render.slice(2, 3))
  const parts = await page.evaluate(() =>
    Object.fromEntries(
      ['kpt-ranking-load', 'kpt-ranking-compute'].map((n) => [
        n,
        performance.getEntriesByName(n).map((e) => e.duration),
      ]),
    ),
  )
  report('ranking-read-store', parts['kpt-ranking-load'])
  report('ranking-compute', parts['kpt-ranking-compute'])
  await page.screenshot({ path: join(ROOT, 'test-results/screenshots/bench-ranking.png') })
} finally {
  await browser.close()
  server.stop()
}
