/**
 * Cells the app writes. Text is always a string cell, never a formula: a unit name or an
 * explanation that begins with = + - @ must not become a formula in WPS or Excel (formula
 * injection). SheetJS writes `t: 's'` cells as shared or inline strings, so they stay text.
 */
import type * as XLSX from 'xlsx'

export type OutValue = string | number | null | undefined

export function textCell(v: string): XLSX.CellObject {
  return { t: 's', v }
}

export function toCell(v: OutValue): XLSX.CellObject | undefined {
  if (v === null || v === undefined || v === '') return undefined
  if (typeof v === 'number') return { t: 'n', v }
  return textCell(v)
}

/** Whether a text would be read as a formula if typed into a cell. */
export const looksLikeFormula = (v: string): boolean => /^[=+\-@\t\r]/.test(v)
