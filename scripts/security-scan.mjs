// Security scan of the Electron code with @doyensec/electronegativity. The tool exits 0 even
// with findings, so this script reads its CSV and fails on every finding that is not listed,
// with a reason, in docs/security-accepted.json.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const out = '.tmp/security'
const input = join(out, 'input')
const csv = join(out, 'electronegativity.csv')
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
const r = spawnSync(
  process.execPath,
  [
    'node_modules/@doyensec/electronegativity/dist/index.js',
    '-i',
    input,
    '-o',
    csv,
    '-r',
    '-e',
    electronVersion,
  ],
  { encoding: 'utf8' },
)
if (!existsSync(csv)) {
  console.error(`安全扫描没有产生结果（electronegativity 退出码 ${r.status}）：\n${r.stderr}`)
  process.exit(1)
}

/** RFC 4180-ish CSV: quoted fields may hold commas and doubled quotes. */
function parseCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  const endField = () => {
    row.push(field.trim())
    field = ''
  }
  const endRow = () => {
    endField()
    rows.push(row)
    row = []
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') endField()
    else if (c === '\n') endRow()
    else if (c !== '\r') field += c
  }
  if (field || row.length) endRow()
  return rows.filter((r) => r.length > 1)
}

const [header, ...rows] = parseCsv(readFileSync(csv, 'utf8'))
const col = (name) => header.findIndex((h) => h.trim().toLowerCase() === name)
const findings = rows.map((r) => ({
  check: r[col('issue')],
  severity: r[col('severity')],
  file: r[col('filename')],
  location: r[col('location')],
  description: r[col('description')],
}))
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
