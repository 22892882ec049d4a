import type { Points } from '../points'
import { LEDGER_KIND_INFO, type LedgerEntry } from '../model/assessment'

/**
 * Seed 004 第二十二条: what cumulative deductions of 10, 20 and 30 points bring. `summons` is
 * whom a tier has the 整改工作领导小组's 负责同志 talk to; each such tier also asks for a
 * 书面检查 to the 县委、县政府.
 */
export const LEDGER_ACTIONS = [
  {
    code: 'warningLetter',
    threshold: 1000,
    label: '发出警示函，督促落实整改任务',
    summons: null,
  },
  {
    code: 'interviewDeputy',
    threshold: 2000,
    label: '约谈分管负责同志，并责成向县委、县政府作出书面检查',
    summons: '分管负责同志',
  },
  {
    code: 'interviewPrincipal',
    threshold: 3000,
    label: '约谈主要负责同志，并责成向县委、县政府作出书面检查',
    summons: '主要负责同志',
  },
] as const
export type LedgerAction = (typeof LEDGER_ACTIONS)[number]['code']

/** Sum of a unit's standing (not withdrawn) ledger deductions, in hundredths. */
export function ledgerPointsOf(entries: readonly LedgerEntry[]): Points {
  let sum = 0
  // An index loop: asked for every ranked unit, and for…of made an iterator each time.
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!
    if (!e.removed) sum += LEDGER_KIND_INFO[e.kind].points
  }
  return sum
}

/** Each possible answer of ledgerActionsFor, made once and frozen: every ranked unit asks. */
const REACHED: readonly (readonly LedgerAction[])[] = LEDGER_ACTIONS.map((_, n) =>
  Object.freeze(LEDGER_ACTIONS.slice(0, n + 1).map((a) => a.code)),
)
const NONE_REACHED: readonly LedgerAction[] = Object.freeze([])

/** "达到10分以上" is read as 10 or more: every threshold reached, lowest first. */
export function ledgerActionsFor(points: Points): readonly LedgerAction[] {
  let reached = 0
  while (reached < LEDGER_ACTIONS.length && points >= LEDGER_ACTIONS[reached]!.threshold) reached++
  return reached === 0 ? NONE_REACHED : REACHED[reached - 1]!
}
