/**
 * Builds a worksheet cell by cell from rows of plain values, with column widths, merges,
 * print titles — the parts of layout SheetJS Community writes. The visible sheets' XML is then
 * written again by sheet-xml.ts with what SheetJS leaves out (styles, row heights, page setup).
 */
import * as XLSX from 'xlsx'
import { toCell, type OutValue } from './safe-cells'

export interface SheetSpec {
  name: string
  rows: OutValue[][]
  /** Width of each column in characters (CJK characters count as 2). */
  widths: number[]
  merges?: XLSX.Range[]
  /** Rows above the data that stay visible and print on every page (1-based count). */
  headerRows: number
  /** Of the header rows, how many at the top are titles (big, bold, no border). */
  titleRows?: number
  /** Columns whose text wraps (0-based). */
  wrapColumns?: number[]
  hidden?: boolean
  landscape?: boolean
  /** Columns of scores and totals (0-based): numbers there show two decimals, 0.00. */
  pointColumns?: number[]
  /** The cells a unit or reviewer fills in: shaded, and unlocked when the sheet is protected. */
  inputs?: { rows: number[]; cols: number[] }
  /** Rows (0-based) of the table that head a group of items (一级指标): bold, one merged cell. */
  sectionRows?: number[]
  /** Rows (0-based) of the table that sum it up (合计): bold. */
  totalRows?: number[]
  /** The table ends before this row (0-based); what follows are notes and signature lines. */
  notesFrom?: number
  /** Formulas with the value they have when the file is written (the cached result). */
  formulas?: { cell: string; formula: string; value: number }[]
  validations?: Validation[]
  /** Lock every cell but the inputs, without a password: a guard against slips, not a lock. */
  protect?: boolean
  /** Printed at the top of every page, e.g. the unit's name. */
  pageHeader?: string
}

/** A data validation rule with the Chinese prompt shown on entry and the error on a wrong value. */
export interface Validation {
  /** A1 references of the cells it applies to. */
  cells: string[]
  rule: { kind: 'decimal'; min: number; max: number } | { kind: 'list'; options: string[] }
  promptTitle: string
  prompt: string
  errorTitle: string
  error: string
}

export function buildSheet(spec: SheetSpec): XLSX.WorkSheet {
  const ws: XLSX.WorkSheet = {}
  let maxCol = 0
  spec.rows.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = toCell(value)
      if (cell) ws[XLSX.utils.encode_cell({ r, c })] = cell
      maxCol = Math.max(maxCol, c)
    })
  })
  ws['!ref'] = XLSX.utils.encode_range({
    s: { r: 0, c: 0 },
    e: { r: Math.max(spec.rows.length - 1, 0), c: Math.max(maxCol, spec.widths.length - 1) },
  })
  ws['!cols'] = spec.widths.map((wch) => ({ wch }))
  if (spec.merges) ws['!merges'] = spec.merges
  ws['!margins'] = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 }
  return ws
}

export interface BuiltBook {
  wb: XLSX.WorkBook
  specs: SheetSpec[]
}

export function buildBook(specs: SheetSpec[]): BuiltBook {
  const wb = XLSX.utils.book_new()
  wb.Workbook = { Sheets: [], Names: [] }
  for (const spec of specs) {
    XLSX.utils.book_append_sheet(wb, buildSheet(spec), spec.name)
    wb.Workbook.Sheets!.push({ name: spec.name, Hidden: spec.hidden ? 2 : 0 })
    if (spec.headerRows > 0 && !spec.hidden) {
      // Repeat the header rows on every printed page.
      wb.Workbook.Names!.push({
        Name: '_xlnm.Print_Titles',
        Sheet: specs.indexOf(spec),
        Ref: `'${spec.name.replace(/'/g, "''")}'!$1:$${spec.headerRows}`,
      })
    }
  }
  return { wb, specs }
}
