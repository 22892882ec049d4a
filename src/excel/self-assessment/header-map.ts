/**
 * Finds a table's header row and maps the expected headers to columns. Columns are found by
 * their text, never by arbitrary keys, so extra or moved columns do not confuse the import.
 */
import { cellText, type Grid } from '../safe-read/sheet-grid'

export function findHeaderRow<H extends Record<string, string>>(
  grid: Grid,
  headers: H,
  anchor: keyof H & string,
  searchRows = 12,
): { row: number; columns: Partial<Record<keyof H, number>> } | null {
  for (let r = 0; r < Math.min(grid.rows, searchRows); r++) {
    const texts: string[] = []
    for (let c = 0; c < grid.cols; c++) texts.push(normalise(cellText(grid.at(r, c))))
    if (!texts.includes(normalise(headers[anchor] ?? ''))) continue
    const columns: Partial<Record<keyof H, number>> = {}
    for (const key of Object.keys(headers) as (keyof H & string)[]) {
      const index = texts.indexOf(normalise(headers[key] ?? ''))
      if (index >= 0) columns[key] = index
    }
    return { row: r, columns }
  }
  return null
}

/** WPS and Excel users add spaces and line breaks to headers; compare without them. */
const normalise = (s: string) => s.replace(/\s+/g, '')
