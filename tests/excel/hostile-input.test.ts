// Hostile and random input: import either succeeds with valid data or fails with a message;
// it never throws, never changes the package on failure, and never touches Object.prototype.
import { assertNoPoisoning } from '@fast-check/poisoning'
import fc from 'fast-check'
import * as XLSX from 'xlsx'
import { describe, expect, it } from 'vitest'
import { createSampleYear, criteriaItems, SubmissionSchema } from '../../src/domain'
import { importSelfAssessments } from '../../src/excel/import/import-self-assessments'
import { openWorkbook } from '../../src/excel/safe-read/read-workbook'
import { readGrid } from '../../src/excel/safe-read/sheet-grid'
import { filledTemplate } from './bad-files'
import { editWorkbook } from './fill-template'

const ctx = { by: '测试员', at: '2027-01-05T08:00:00.000Z' }
const pkg = { ...createSampleYear(), submissions: [], history: [] }
const base = filledTemplate(pkg, 0)
const codes = criteriaItems(pkg.criteria[base.unit.sequence]).map((i) => i.code)
const frozen = JSON.stringify(pkg)

function checkOutcome(r: ReturnType<typeof importSelfAssessments>) {
  const f = r.files[0]!
  if (f.status === 'imported') {
    const sub = r.pkg.submissions.at(-1)!
    expect(SubmissionSchema.safeParse(sub).success).toBe(true)
  } else {
    expect(f.problems.some((p) => p.severity === 'error' && p.message.length > 0)).toBe(true)
    expect(r.pkg).toBe(pkg)
  }
  expect(JSON.stringify(pkg)).toBe(frozen)
}

const cellValue = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.boolean(),
  fc.constantFrom(
    '',
    ' ',
    '=1+1',
    '@SUM(A1)',
    '１２．５',
    '8.0',
    '10',
    '-0',
    '1e3',
    '__proto__',
    'NaN',
  ),
  fc.constant(null),
)

describe('import under random input', () => {
  it('random cell values: valid data or a message, never a throw', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...codes), cellValue, { maxKeys: 6 }), (values) => {
        const edits: Record<string, string | number | boolean | null> = {}
        for (const [code, v] of Object.entries(values)) edits[`D${base.rows.get(code)!}`] = v
        const data = editWorkbook(base.data, { 自查表: edits })
        checkOutcome(importSelfAssessments(pkg, [{ name: '随机.xlsx', data }], ctx))
      }),
      { numRuns: 40 },
    )
  })

  it('random damage to the bytes: a message, never a throw', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ at: fc.nat(base.data.length - 1), byte: fc.integer({ min: 0, max: 255 }) }),
          {
            minLength: 1,
            maxLength: 20,
          },
        ),
        fc.option(fc.nat(base.data.length), { nil: undefined }),
        (flips, cut) => {
          const data = base.data.slice(0, cut ?? base.data.length)
          for (const f of flips) if (f.at < data.length) data[f.at] = f.byte
          checkOutcome(importSelfAssessments(pkg, [{ name: '损坏.xlsx', data }], ctx))
        },
      ),
      { numRuns: 60 },
    )
  })
})

describe('a damaged workbook found by the random test', () => {
  it('whose list of sheet parts has a hole gets a message, not a TypeError', () => {
    // fast-check's counterexample (seed 526478810): two zeroed bytes left SheetJS with an
    // undefined entry among the sheet paths it reports.
    const data = base.data.slice()
    for (const at of [27860, 4]) if (at < data.length) data[at] = 0
    checkOutcome(importSelfAssessments(pkg, [{ name: '损坏.xlsx', data }], ctx))
  })
})

describe('prototype pollution', () => {
  it('sheet names, header cells and comment addresses like __proto__ leave Object.prototype alone', () => {
    const hostile = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']
    const wb = XLSX.utils.book_new()
    for (const name of hostile) {
      const ws = XLSX.utils.aoa_to_sheet([hostile, ['__proto__', 'constructor', 1, 2, 3]])
      ws['A1'] = {
        t: 's',
        v: '__proto__',
        c: [{ a: '__proto__', t: 'polluted' }],
      } as XLSX.CellObject
      XLSX.utils.book_append_sheet(wb, ws, name)
    }
    const data = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
    const opened = openWorkbook(data)
    expect(opened.ok).toBe(true)
    if (opened.ok) {
      for (const name of opened.workbook.sheetNames) {
        const ws = opened.workbook.sheet(name)
        if (ws) readGrid(ws)
      }
      // SheetJS keeps sheets in a plain object: a sheet named __proto__ cannot be an own
      // property there, so the app treats it as absent rather than reading the prototype.
      expect(opened.workbook.sheet('__proto__')).toBeUndefined()
      expect(opened.workbook.sheet('constructor')).toBeDefined()
      expect(opened.workbook.sheet('polluted')).toBeUndefined()
    }
    const r = importSelfAssessments(pkg, [{ name: '__proto__.xlsx', data }], ctx)
    expect(r.files[0]!.status).toBe('rejected')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    // Node's lazily created globals and zod's registry appear after the snapshot on their own;
    // everything else reachable from globalThis (Object.prototype first) is checked.
    assertNoPoisoning({
      ignoredRootRegex:
        /^(__vitest|__VITEST|\$|jest|__coverage|__zod_|AbortController$|TextEncoder$|TextDecoder$)/,
    })
  })
})
