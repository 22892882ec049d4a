// Text that begins with = + - @ must reach WPS/Excel as text, never as a formula.
import * as XLSX from 'xlsx'
import { describe, expect, it } from 'vitest'
import { createSampleYear } from '../../src/domain'
import { writeRosterWorkbook } from '../../src/excel/roster/roster-workbook'
import { writeSelfAssessmentTemplate } from '../../src/excel/self-assessment/write-template'

const HOSTILE = ['=cmd|"/c calc"!A1', '+SUM(1,2)', '-2+3', '@SUM(A1:A2)', '=HYPERLINK("http://x")']

function cellsOf(bytes: Uint8Array) {
  const wb = XLSX.read(bytes, { type: 'array', cellFormula: true })
  return wb.SheetNames.flatMap((n) =>
    Object.entries(wb.Sheets[n]!)
      .filter(([k]) => !k.startsWith('!'))
      .map(([, c]) => c as XLSX.CellObject),
  )
}

describe('formula injection', () => {
  it('unit names and leader titles that look like formulas are written as text', () => {
    const pkg = createSampleYear()
    const units = pkg.units.slice(0, HOSTILE.length).map((u, i) => ({
      ...u,
      name: HOSTILE[i]!,
      leaders: u.leaders.map((l) => ({ ...l, title: HOSTILE[i]! })),
    }))
    const cells = [
      ...cellsOf(writeRosterWorkbook(units, pkg.year)),
      ...cellsOf(writeSelfAssessmentTemplate({ ...pkg, units }, units[0]!)),
    ]
    // The only formula is the template's own 合计 over the score column.
    expect(cells.filter((c) => c.f !== undefined).map((c) => c.f)).toEqual(['SUM(D6:D27)'])
    for (const h of HOSTILE) {
      expect(cells.some((c) => c.t === 's' && c.v === h)).toBe(true)
    }
  })
})
