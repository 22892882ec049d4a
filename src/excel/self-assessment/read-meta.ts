/** The hidden metadata sheet of a template: which year, unit and criteria the file answers. */
import type { OpenedWorkbook } from '../safe-read/read-workbook'
import { cellText, readGrid } from '../safe-read/sheet-grid'
import { META_KEYS, META_SHEET } from './layout'

export type TemplateMeta = Partial<Record<keyof typeof META_KEYS, string>>

export function readTemplateMeta(wb: OpenedWorkbook, sheetName = META_SHEET): TemplateMeta | null {
  const ws = wb.sheet(sheetName)
  if (!ws) return null
  const grid = readGrid(ws)
  const byLabel = new Map<string, string>()
  for (let r = 0; r < Math.min(grid.rows, 50); r++) {
    byLabel.set(cellText(grid.at(r, 0)), cellText(grid.at(r, 1)))
  }
  const meta: TemplateMeta = {}
  for (const [key, label] of Object.entries(META_KEYS) as [keyof typeof META_KEYS, string][]) {
    const v = byLabel.get(label)
    if (v !== undefined) meta[key] = v
  }
  return meta
}
