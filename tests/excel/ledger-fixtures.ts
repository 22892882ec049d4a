/**
 * Ledger workbooks as the office fills them, made by code from the real template (no committed
 * binaries): the template typed into with SheetJS, as a clerk types into it in WPS.
 */
import { writeLedgerTemplate } from '../../src/excel/ledger/ledger-workbook'
import { editWorkbook, type CellEdit } from './fill-template'
import { patchPart } from './real-file-fixtures'

export const LEDGER_UNITS = [
  { id: 'u1', name: '青山镇' },
  { id: 'u2', name: '县住建局' },
]

export const ledgerTemplate = () =>
  writeLedgerTemplate({ year: 2026, unitNames: LEDGER_UNITS.map((u) => u.name) })

/** One problem per entry, from the first fill-in row (row 3) down: [B, C, D, E, F, G]. */
export function filledLedger(
  problems: (string | number | null)[][],
  opts: { formulas?: Record<string, string> } = {},
): Uint8Array {
  const cells: CellEdit = {}
  problems.forEach((p, i) => {
    p.forEach((v, c) => {
      if (v !== null) cells[`${'BCDEFG'[c]}${3 + i}`] = v
    })
  })
  return editWorkbook(
    ledgerTemplate(),
    { 问题台账: cells },
    opts.formulas ? { formulas: { 问题台账: opts.formulas } } : {},
  )
}

export const CENTRAL = '中央生态环保督察通报典型案例'
export const FILM_GENERAL = '国家长江经济带生态环境警示片一般问题'

/** A numeric cell turned into a formula with no saved result, as scripts and converters write. */
export function withUnsavedFormula(data: Uint8Array, ref: string): Uint8Array {
  return patchPart(data, 'xl/worksheets/sheet1.xml', (xml) => {
    const next = xml.replace(
      new RegExp(`<c r="${ref}"([^>]*)><v>[^<]*</v></c>`),
      `<c r="${ref}"$1><f>DATE(2026,3,15)</f></c>`,
    )
    if (next === xml) throw new Error(`no numeric cell ${ref}`)
    return next
  })
}
