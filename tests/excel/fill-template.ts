/**
 * Test support: does to a template what a township's clerk does in WPS — types scores,
 * explanations and evidence into it and saves it — using SheetJS, so no binary is committed.
 */
import * as XLSX from 'xlsx'

export type CellEdit = Record<string, string | number | boolean | null>

export function editWorkbook(
  bytes: Uint8Array,
  edits: Record<string, CellEdit>,
  opts: { bookType?: 'xlsx' | 'xls'; formulas?: Record<string, Record<string, string>> } = {},
): Uint8Array {
  const wb = XLSX.read(bytes, { type: 'array' })
  for (const [sheetName, cells] of Object.entries(edits)) {
    const ws = wb.Sheets[sheetName]
    if (!ws) throw new Error(`no sheet ${sheetName}`)
    for (const [addr, v] of Object.entries(cells)) {
      if (v === null) delete ws[addr]
      else if (typeof v === 'number') ws[addr] = { t: 'n', v }
      else if (typeof v === 'boolean') ws[addr] = { t: 'b', v }
      else ws[addr] = { t: 's', v }
    }
  }
  for (const [sheetName, cells] of Object.entries(opts.formulas ?? {})) {
    const ws = wb.Sheets[sheetName]!
    for (const [addr, f] of Object.entries(cells)) ws[addr] = { t: 'n', v: 1, f }
  }
  const out = XLSX.write(wb, { type: 'array', bookType: opts.bookType ?? 'xlsx' }) as ArrayBuffer
  return new Uint8Array(out)
}

/** Rows of the 自查表 by item code: the 1-based row number where each code sits. */
export function itemRows(bytes: Uint8Array): Map<string, number> {
  const wb = XLSX.read(bytes, { type: 'array' })
  const ws = wb.Sheets['自查表']!
  const range = XLSX.utils.decode_range(ws['!ref']!)
  const rows = new Map<string, number>()
  for (let r = 0; r <= range.e.r; r++) {
    const cell = ws[XLSX.utils.encode_cell({ r, c: 0 })] as XLSX.CellObject | undefined
    if (cell && typeof cell.v === 'string' && /^[A-Za-z0-9][\w.-]*$/.test(cell.v))
      rows.set(cell.v, r + 1)
  }
  return rows
}
