// Security scan of the Electron code with @doyensec/electronegativity. The tool exits 0 even
// with findings, so this script reads its SARIF report and fails on every finding that is not listed,
// with a reason, in docs/security-accepted.json.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const out = '.tmp/security'
const input = join(out, 'input')
const sarif = join(out, 'electronegativity.sarif')
rmSync(out, { recursive: true, force: true })
mkdirSync(input, { recursive: true })
// Main, preload and renderer together, so global checks (CSP, navigation limits, permission
// handlers) see the whole app. Tests are left out: they hold hostile input on purpose.
const notTest = (src) => !/\.test\.tsx?$/.test(src)
for (const dir of ['electron', 'src'])
  cpSync(dir, join(input, dir), { recursive: true, filter: notTest })

const electronVersion = JSON.parse(
  readFileSync('node_modules/electron/package.json', 'utf8'),
).version

/**
 * SARIF (JSON), not CSV: the tool's CSV writer was seen to lose the start of its file now and
 * then, which a JSON parse detects. A damaged or missing report is retried, then fails the scan.
 */
function scan() {
  rmSync(sarif, { force: true })
  const r = spawnSync(
    process.execPath,
    [
      'node_modules/@doyensec/electronegativity/dist/index.js',
      '-i',
      input,
      '-o',
      sarif,
      '-r',
      '-e',
      electronVersion,
    ],
    { encoding: 'utf8' },
  )
  try {
    return JSON.parse(readFileSync(sarif, 'utf8'))
  } catch {
    return { failed: `electronegativity 退出码 ${r.status}：${r.stderr.slice(-500)}` }
  }
}

let report = scan()
for (let attempt = 1; report.failed && attempt < 3; attempt++) report = scan()
if (report.failed) {
  console.error(`安全扫描没有产生可读的结果（${report.failed}）`)
  process.exit(1)
}
const findings = (report.runs ?? []).flatMap((run) =>
  (run.results ?? []).map((r) => {
    const loc = r.locations?.[0]?.physicalLocation
    const uri = loc?.artifactLocation?.uri ?? 'file:///'
    return {
      check: r.ruleId,
      severity: r.level,
      // Global checks have no file: the tool reports the root, the accepted list says N/A.
      file: uri === 'file:///' ? 'N/A' : uri,
      location: loc?.region ? `${loc.region.startLine}:${loc.region.startColumn}` : '0:0',
      description: r.message?.text ?? '',
    }
  }),
)
const { accepted } = JSON.parse(readFileSync('docs/security-accepted.json', 'utf8'))
const isAccepted = (f) => accepted.some((a) => a.check === f.check && a.file === f.file && a.reason)
const open = findings.filter((f) => !isAccepted(f))

console.log(
  `安全扫描（electronegativity，Electron ${electronVersion}）：${findings.length} 项发现，已审阅接受 ${findings.length - open.length} 项`,
)
for (const f of open) {
  console.error(`  未接受：${f.check} [${f.severity}] ${f.file}:${f.location} — ${f.description}`)
}
if (open.length > 0) {
  console.error('处理这些发现，或在 docs/security-accepted.json 中写明接受的理由。')
  process.exit(1)
}
