import { checkItemScore, parsePoints, type Points } from '../../../domain'
import { refusal } from './refusal'

/** What a score cell is checked against: the item's code, maximum and deduction step. */
export interface CellRule {
  code: string
  max: Points
  step?: number | undefined
}

export type CellParse = { ok: true; score: Points | null } | { ok: false; message: string }

/**
 * Reads what was typed into a score cell. Empty clears the cell (null). Anything else must be a
 * non-negative decimal within the item's maximum and on its step; the message names the item so
 * it can stand alone in a paste report.
 */
export function parseCellInput(text: string, rule: CellRule): CellParse {
  if (text.trim() === '') return { ok: true, score: null }
  const parsed = parsePoints(text, '得分')
  // parsePoints says `得分：“八分”不是有效的分数`; the grid's pattern has one colon, after the code.
  if (!parsed.ok)
    return {
      ok: false,
      message: refusal(rule.code, parsed.error.message.replace(/^得分：/, '得分')),
    }
  const problem = checkItemScore(parsed.value, rule)
  if (problem) return { ok: false, message: refusal(rule.code, problem) }
  return { ok: true, score: parsed.value }
}

/**
 * A score that differs from the unit's self score needs a reason (SPEC §2 step 4) before it can
 * be stored; the grid keeps such a score as a draft and asks for the reason first.
 */
export function needsReason(score: Points | null, self: Points | null, reason: string): boolean {
  return score !== null && self !== null && score !== self && reason.trim() === ''
}
