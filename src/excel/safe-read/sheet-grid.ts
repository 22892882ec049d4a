/**
 * A sheet as a small grid of plain values, iterated only inside the caps: a declared (or
 * comment-stretched) range like A1:XFD1048576 is clamped, never walked.
 */
import * as XLSX from 'xlsx'
import { LIMITS } from '../limits'

export type CellValue = string | number | boolean | null

export interface Grid {
  rows: number
  cols: number
  /** The value at (row, col), 0-based; null for an empty cell. */
  at(row: number, col: number): CellValue
}

export function readGrid(ws: XLSX.WorkSheet, limits = LIMITS): Grid {
  const ref = typeof ws['!ref'] === 'string' ? ws['!ref'] : 'A1:A1'
  let range: XLSX.Range
  try {
    range = XLSX.utils.decode_range(ref)
  } catch {
    range = { s: { r: 0, c: 0 }, e: { r: 0, c: 0 } }
  }
  const rows = Math.max(0, Math.min(range.e.r + 1, limits.maxRows))
  const cols = Math.max(0, Math.min(range.e.c + 1, limits.maxColumns))
  const values: CellValue[][] = []
  for (let r = 0; r < rows; r++) {
    const row: CellValue[] = []
    for (let c = 0; c < cols; c++) {
      const addr = XLSX.utils.encode_cell({ r, c })
      const cell = Object.hasOwn(ws, addr) ? (ws[addr] as XLSX.CellObject) : undefined
      row.push(plain(cell))
    }
    values.push(row)
  }
  return { rows, cols, at: (r, c) => values[r]?.[c] ?? null }
}

function plain(cell: XLSX.CellObject | undefined): CellValue {
  if (!cell || cell.v === undefined || cell.v === null) return null
  if (cell.t === 'e') return null
  const v = cell.v
  if (typeof v === 'string') return v
  if (typeof v === 'number') return Number.isFinite(v) ? v : null
  if (typeof v === 'boolean') return v
  return null
}

/** A1-style address of a 0-based cell, for messages. */
export const cellAddress = (row: number, col: number): string =>
  XLSX.utils.encode_cell({ r: row, c: col })

/** Text of a cell, trimmed; '' for empty. Numbers become their plain decimal text. */
export function cellText(v: CellValue): string {
  if (v === null) return ''
  if (typeof v === 'string') return v.trim()
  return String(v)
}
