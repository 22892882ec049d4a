/**
 * LibreOffice as the real office suite of these tests: files go through `soffice --headless
 * --convert-to`, each call with a fresh profile so that parallel runs do not share one.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const FILTERS = {
  xlsx: 'xlsx:Calc MS Excel 2007 XML',
  xls: 'xls:MS Excel 97',
  ods: 'ods',
  pdf: 'pdf',
} as const
export type Target = keyof typeof FILTERS

let calls = 0

/** Converts each file (name → bytes) to `to`; returns the results by the input's base name. */
export function convert(files: Record<string, Uint8Array>, to: Target): Record<string, Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'kpt-lo-'))
  const profile = join(tmpdir(), `lo-kpt-${process.pid}-${++calls}`)
  try {
    const inputs = Object.entries(files).map(([name, data]) => {
      const path = join(dir, 'in', name)
      return { name, path, data }
    })
    execFileSync('mkdir', ['-p', join(dir, 'in'), join(dir, 'out')])
    for (const i of inputs) writeFileSync(i.path, i.data)
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        FILTERS[to],
        '--outdir',
        join(dir, 'out'),
        ...inputs.map((i) => i.path),
      ],
      { stdio: 'pipe', timeout: 180_000 },
    )
    const out: Record<string, Uint8Array> = {}
    for (const f of readdirSync(join(dir, 'out'))) {
      out[f.replace(/\.[^.]+$/, '')] = new Uint8Array(readFileSync(join(dir, 'out', f)))
    }
    for (const i of inputs) {
      const base = i.name.replace(/\.[^.]+$/, '')
      if (!out[base]) throw new Error(`LibreOffice did not convert ${i.name} to ${to}`)
    }
    return out
  } finally {
    rmSync(dir, { recursive: true, force: true })
    rmSync(profile, { recursive: true, force: true })
  }
}

export function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'pipe', timeout: 60_000 })
    return true
  } catch {
    return false
  }
}
