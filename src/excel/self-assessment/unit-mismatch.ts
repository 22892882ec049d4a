/**
 * A template copied for another unit: the hidden record says 县住建局, the file is called
 * 县交通运输局.xlsx, or its visible 单位 line was typed over. The import cannot know which is
 * true, so the file is held until the office has asked and confirmed (never on the command line).
 */
import type { Unit } from '../../domain'
import type { OpenedWorkbook } from '../safe-read/read-workbook'
import { cellText, readGrid } from '../safe-read/sheet-grid'
import { SELF_SHEET } from './layout'

/** The unit named on the sheet's `单位：… 序列：…` line, if the line is there. */
function visibleUnit(wb: OpenedWorkbook): string | null {
  const ws = wb.sheet(SELF_SHEET)
  if (!ws) return null
  const grid = readGrid(ws)
  for (let r = 0; r < Math.min(grid.rows, 6); r++) {
    const m = /^单位[：:]\s*(.+?)(?:[\s\u3000]|序列|$)/.exec(cellText(grid.at(r, 0)))
    if (m) return m[1]!.trim()
  }
  return null
}

/** The roster unit the file name names, when it names another unit and not this one. */
function unitInFileName(fileName: string, unit: Unit, units: readonly Unit[]): Unit | null {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '')
  if (base.includes(unit.name)) return null
  const named = units.filter((u) => u.id !== unit.id && base.includes(u.name))
  return named.sort((a, b) => b.name.length - a.name.length)[0] ?? null
}

/** Why the file is held, or null when title, file name and hidden record agree. */
export function unitMismatch(
  wb: OpenedWorkbook,
  fileName: string,
  unit: Unit,
  units: readonly Unit[],
): string | null {
  const shown = visibleUnit(wb)
  const named = unitInFileName(fileName, unit, units)
  const claims = [
    shown && shown !== unit.name ? `表头写的是“${shown}”` : '',
    named ? `文件名写的是“${named.name}”` : '',
  ].filter(Boolean)
  if (claims.length === 0) return null
  return `${claims.join('，')}，而文件内的单位信息是“${unit.name}”（模板是为 ${unit.name} 生成的）。请向报送单位核实：在应用中可确认按 ${unit.name} 导入，或放弃这个文件`
}
