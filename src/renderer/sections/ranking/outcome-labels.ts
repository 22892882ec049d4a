import type { UnitResult } from '../../../domain'

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

/** The outcomes of a unit as badges, in the order the notice names them. */
export function badgesOf(u: UnitResult): BadgeKind[] {
  const out: BadgeKind[] = []
  if (u.advanced) out.push('advanced')
  if (u.vetoed) out.push('veto')
  if (u.interview) out.push('interview')
  if (u.ledgerActions.length > 0) out.push('warning')
  if (u.accountability) out.push('accountability')
  if (u.conflict) out.push('conflict')
  return out
}

/** '第 4 名（并列）' */
export function rankText(u: Pick<UnitResult, 'rank' | 'tied'>): string {
  return u.tied ? `${u.rank}（并列）` : String(u.rank)
}
