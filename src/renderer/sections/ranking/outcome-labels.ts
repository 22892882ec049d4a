import { consequencesOf, type UnitResult } from '../../../domain'

export type BadgeKind =
  'advanced' | 'interview' | 'veto' | 'warning' | 'accountability' | 'conflict'

export const BADGES: Record<BadgeKind, { label: string; color: string }> = {
  advanced: { label: '先进单位', color: 'teal' },
  interview: { label: '约谈', color: 'orange' },
  veto: { label: '一票否决', color: 'red' },
  warning: { label: '警示函', color: 'yellow' },
  accountability: { label: '问责', color: 'grape' },
  conflict: { label: '先进/约谈待定', color: 'gray' },
}

/**
 * The outcomes of a unit as badges, in the order the notice names them. 约谈 and 警示函 come from
 * the domain's consequencesOf, as the explanation and the 约谈名单 do: a unit whose ledger
 * reached 20 is on the list, so it wears 约谈 beside 警示函.
 */
export function badgesOf(u: UnitResult): BadgeKind[] {
  const c = consequencesOf(u)
  const out: BadgeKind[] = []
  if (u.advanced) out.push('advanced')
  if (u.vetoed) out.push('veto')
  if (c.interviewed) out.push('interview')
  if (c.warningLetter) out.push('warning')
  if (u.accountability) out.push('accountability')
  if (u.conflict) out.push('conflict')
  return out
}

/** The 名次 column: '4（并列）'. */
export function rankText(u: Pick<UnitResult, 'rank' | 'tied'>): string {
  return u.tied ? `${u.rank}（并列）` : String(u.rank)
}

/** In a sentence or a header: '第 4 名（并列）', never '第 4（并列） 名'. */
export function rankPhrase(u: Pick<UnitResult, 'rank' | 'tied'>): string {
  return `第 ${u.rank} 名${u.tied ? '（并列）' : ''}`
}

/** Why the unit wears 约谈, for the badge's tooltip: the 约谈名单's reasons. */
export function interviewReasons(u: UnitResult): string {
  return consequencesOf(u)
    .grounds.map((g) => g.reason)
    .join('；')
}
