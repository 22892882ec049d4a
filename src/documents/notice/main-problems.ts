import { LEDGER_KIND_INFO, LEDGER_KINDS, type YearPackage, type YearResults } from '../../domain'
import { plainPoints } from '../layout/plain-points'

/**
 * The 通报's paragraph on the main problems, from what the year recorded: per sequence the
 * first-level indicator with the largest share of its points lost on average, and the problem
 * ledger by kind. A starting point the office rewrites in its own words ({{主要问题}}).
 */
export function mainProblems(pkg: YearPackage, results: YearResults): string {
  const parts: string[] = []
  for (const s of results.sequences) {
    const cats = pkg.criteria[s.sequence].categories
    if (s.units.length === 0 || cats.length === 0) continue
    let worst = -1
    let worstShare = -1
    let worstMean = 0
    cats.forEach((c, i) => {
      const max = s.units[0]!.categories[i]?.max ?? 0
      if (max <= 0) return
      const mean = Math.round(
        s.units.reduce((sum, u) => sum + (u.categories[i]?.score ?? 0), 0) / s.units.length,
      )
      const share = (max - mean) / max
      if (share > worstShare) [worst, worstShare, worstMean] = [i, share, mean]
    })
    if (worst < 0) continue
    const max = s.units[0]!.categories[worst]!.max
    parts.push(
      `${s.label}在“${cats[worst]!.title}”方面失分较多（平均得分${plainPoints(worstMean)}分，满分${plainPoints(max)}分）`,
    )
  }
  const standing = pkg.ledger.filter((e) => !e.removed)
  const lead = parts.length ? `从考评情况看，${parts.join('，')}。` : ''
  if (standing.length === 0) return `${lead}本年度问题台账未记录扣分事项。`
  const units = new Set(standing.map((e) => e.unitId)).size
  const kinds = LEDGER_KINDS.map((k) => [k, standing.filter((e) => e.kind === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${LEDGER_KIND_INFO[k].label}${n}个`)
  return `${lead}问题台账共记录问题${standing.length}个，涉及${units}个单位，其中${kinds.join('、')}。`
}
