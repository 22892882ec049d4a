import type { Points } from '../../../domain'
import { parseCellInput, type CellRule } from './cell-input'

/**
 * The first column of what Excel or WPS put on the clipboard: rows end in \n or \r\n (old WPS
 * sometimes \r alone), cells are separated by tabs, and the copy ends with one line break that
 * is not a row.
 */
export function pasteColumnValues(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/)
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()
  return lines.map((line) => (line.split('\t')[0] ?? '').trim())
}

export interface PastedCell {
  row: number
  code: string
  score: Points | null
}

export interface RefusedCell {
  row: number
  code: string
  text: string
  message: string
}

export interface PastePlan {
  accepted: PastedCell[]
  refused: RefusedCell[]
  /** Values beyond the last row, which have nowhere to go. */
  leftOver: number
}

/**
 * Fills the rows from `startRow` down with the pasted values. Every value is checked on its own:
 * the good ones are kept, each bad one is refused with the reason, so one typo does not throw
 * away a whole column. Empty lines in the paste leave their cell as it is.
 */
export function planPaste(values: readonly string[], startRow: number, rules: readonly CellRule[]) {
  const plan: PastePlan = { accepted: [], refused: [], leftOver: 0 }
  values.forEach((text, i) => {
    const row = startRow + i
    const rule = rules[row]
    if (!rule) {
      plan.leftOver++
      return
    }
    if (text === '') return
    const parsed = parseCellInput(text, rule)
    if (parsed.ok) plan.accepted.push({ row, code: rule.code, score: parsed.score })
    else plan.refused.push({ row, code: rule.code, text, message: parsed.message })
  })
  return plan
}

/** One line for the report under the grid: how many cells were filled, and what was refused. */
export function describePaste(plan: PastePlan): string {
  const parts = [`已粘贴 ${plan.accepted.length} 格`]
  if (plan.refused.length > 0) parts.push(`拒绝 ${plan.refused.length} 格`)
  if (plan.leftOver > 0) parts.push(`超出最后一项 ${plan.leftOver} 个数未使用`)
  return parts.join('，')
}
