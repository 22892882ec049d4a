// `npm test`: every check and every test, in one command, with one closing line that counts them.
// Steps run to the end even when one fails, so a single run shows everything that is wrong.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs'

const tmp = '.tmp'
mkdirSync(tmp, { recursive: true })
const vitestJson = `${tmp}/vitest.json`
const playwrightJson = `${tmp}/playwright.json`
const officeJson = `${tmp}/vitest-office.json`
rmSync(vitestJson, { force: true })
rmSync(officeJson, { force: true })
rmSync(playwrightJson, { force: true })

const only = process.argv.slice(2)
const steps = [
  // The bundled PDF fonts (from npm) must be in resources/fonts before any build serves them.
  { name: 'fonts', cmd: 'node scripts/copy-fonts.mjs' },
  { name: 'format', cmd: 'npx prettier --check . --log-level warn' },
  { name: 'lint', cmd: 'npx eslint . --max-warnings 0' },
  {
    name: 'typecheck',
    cmd: 'npx tsc -p tsconfig.domain.json && npx tsc -p tsconfig.node.json && npx tsc -p tsconfig.web.json && npx tsc -p tsconfig.test.json',
  },
  {
    name: 'unit',
    cmd: `npx vitest run --reporter=default --reporter=json --outputFile.json=${vitestJson}`,
  },
  {
    // Files through LibreOffice (round trips, print layout): slow, so a step of its own.
    name: 'office',
    cmd: `npx vitest run -c vitest.office.config.ts --reporter=default --reporter=json --outputFile.json=${officeJson}`,
    needsSoffice: true,
  },
  { name: 'build', cmd: 'npx electron-vite build' },
  { name: 'build-web', cmd: 'npx vite build -c vite.web.config.ts' },
  {
    name: 'e2e',
    cmd: 'npx playwright test',
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson },
    needsChromium: true,
  },
  { name: 'security', cmd: 'node scripts/security-scan.mjs' },
].filter((s) => only.length === 0 || only.includes(s.name))

const results = []
for (const step of steps) {
  if (step.needsChromium && !findChromium()) {
    console.error(HOW_TO_GET_CHROMIUM)
    results.push({ name: step.name, ok: false, seconds: 0 })
    continue
  }
  if (step.needsSoffice && spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status !== 0) {
    console.error(
      'LibreOffice (soffice) not found: the office step needs it. Install it with\n  sudo apt-get install -y libreoffice-calc-nogui',
    )
    results.push({ name: step.name, ok: false, seconds: 0 })
    continue
  }
  console.log(`\n▶ ${step.name}: ${step.cmd}`)
  const t0 = Date.now()
  const r = spawnSync(step.cmd, {
    shell: true,
    stdio: 'inherit',
    env: { ...process.env, ...(step.env ?? {}) },
  })
  results.push({ name: step.name, ok: r.status === 0, seconds: (Date.now() - t0) / 1000 })
}

let passed = 0
let failed = 0
let skipped = 0
for (const json of [vitestJson, officeJson]) {
  if (!existsSync(json)) continue
  const v = JSON.parse(readFileSync(json, 'utf8'))
  passed += v.numPassedTests ?? 0
  failed += v.numFailedTests ?? 0
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0)
}
if (existsSync(playwrightJson)) {
  const s = JSON.parse(readFileSync(playwrightJson, 'utf8')).stats ?? {}
  passed += (s.expected ?? 0) + (s.flaky ?? 0)
  failed += s.unexpected ?? 0
  skipped += s.skipped ?? 0
}
// A failed check (format, lint, types, build, scan) counts as a failure of its own.
const TEST_STEPS = { unit: vitestJson, office: officeJson, e2e: playwrightJson }
const failedChecks = results.filter((r) => !r.ok && !(r.name in TEST_STEPS))
failed += failedChecks.length
// A test step that failed without reporting a failing test (crash, no browser) still fails.
for (const r of results) {
  if (!r.ok && r.name in TEST_STEPS) {
    if (!existsSync(TEST_STEPS[r.name])) failed += 1
  }
}

console.log('\nSummary:')
for (const r of results)
  console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds.toFixed(1)} s)`)
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(results.every((r) => r.ok) && failed === 0 ? 0 : 1)
