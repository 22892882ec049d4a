import { yearTitle } from '../../domain'
import type { YearRow } from '../core/rows'

/**
 * A year row as the app sees it: its title follows its settings (county name) and its year.
 * Applied to every row read from the `years` table, so no view can show an older title.
 * Dexie also calls it with `undefined` for a `get` that found nothing.
 */
export function withDerivedTitle(row: YearRow): YearRow {
  if (row === undefined) return row
  return { ...row, title: yearTitle(row.year, row.settings.countyName) }
}
