import { formatPoints as f, type Points } from '../points'
import type { LeaderRole } from '../model/unit'
import { LEDGER_ACTIONS, type LedgerAction } from './ledger-actions'

type Tier = (typeof LEDGER_ACTIONS)[number]

/** Why a unit is on the 约谈名单: its place (第十八条) or its ledger (seed 004 第二十二条). */
export interface InterviewGround {
  kind: 'bottomThree' | 'ledger'
  /** As the 约谈名单 prints it: 排名后三位; 问题台账累计扣分 30.00 分（约谈主要负责同志、分管负责同志）. */
  reason: string
  /**
   * The same ground in a few characters, for a narrow table cell (the 约谈名单's 备注, where the
   * 约谈对象 column already names the leaders): 排名后三位; 台账扣30分.
   */
  short: string
  /** The leaders the rule summons. */
  roles: readonly LeaderRole[]
}

/**
 * What a unit's result brings beyond its rank, in one place: the badges of 排名结果, the
 * explanation, the 约谈名单 and the warning letters all read this. Before, the badges knew only
 * the bottom three and the ledger's 警示函, the explanation said 不在约谈名单 for a unit whose
 * ledger reached 20 while the 约谈名单 listed it.
 */
export interface UnitConsequences {
  /** Every ledger tier reached, lowest first: 30 points reach all three (the tiers add up). */
  ledgerTiers: readonly Tier[]
  warningLetter: boolean
  /** On the 约谈名单 for any reason. */
  interviewed: boolean
  grounds: readonly InterviewGround[]
  /** The union of the grounds' roles, in LEADER_ROLES order. */
  roles: readonly LeaderRole[]
}

/** 第十八条: county leaders interview the 主要负责同志 and 有关负责同志. */
const BOTTOM_THREE: InterviewGround = {
  kind: 'bottomThree',
  reason: '排名后三位',
  short: '排名后三位',
  roles: ['secretary', 'chief'],
}

/** Who each ledger tier summons: 20 the 分管负责同志, 30 also the 主要负责同志. */
const TIER_ROLES: Partial<Record<LedgerAction, readonly LeaderRole[]>> = {
  interviewDeputy: ['deputy'],
  interviewPrincipal: ['secretary', 'chief'],
}
const ROLE_ORDER: readonly LeaderRole[] = ['secretary', 'chief', 'deputy']

/** Points without trailing zeros, as the rules write them: 20, 17.5. */
function plain(p: Points): string {
  return f(p).replace(/\.?0+$/, '')
}

/** The tiers a ledger total reaches ("达到10分以上" read as 10 or more), lowest first. */
export function ledgerTiersOf(points: Points): readonly Tier[] {
  return LEDGER_ACTIONS.filter((a) => points >= a.threshold)
}

export function consequencesOf(u: { interview: boolean; ledgerPoints: Points }): UnitConsequences {
  const ledgerTiers = ledgerTiersOf(u.ledgerPoints)
  const grounds: InterviewGround[] = []
  if (u.interview) grounds.push(BOTTOM_THREE)
  const summoning = ledgerTiers.filter((t) => TIER_ROLES[t.code])
  if (summoning.length > 0) {
    grounds.push({
      kind: 'ledger',
      reason: `问题台账累计扣分 ${f(u.ledgerPoints)} 分（约谈${summoning
        .map((t) => t.summons)
        .reverse()
        .join('、')}）`,
      short: `台账扣${plain(u.ledgerPoints)}分`,
      roles: summoning.flatMap((t) => TIER_ROLES[t.code] ?? []),
    })
  }
  const wanted = new Set(grounds.flatMap((g) => g.roles))
  return {
    ledgerTiers,
    warningLetter: ledgerTiers.some((t) => t.code === 'warningLetter'),
    interviewed: grounds.length > 0,
    grounds,
    roles: ROLE_ORDER.filter((r) => wanted.has(r)),
  }
}
