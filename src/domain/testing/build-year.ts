import type { Points } from '../points'
import type { LedgerKind, ReviewerScore } from '../model/assessment'
import type { YearSettings } from '../model/settings'
import type { Sequence } from '../model/unit'
import type { YearPackage } from '../model/year-package'
import { criteriaItems } from '../criteria/validate-criteria'
import { emptyYearPackage } from '../package/new-year'

/** A unit for tests: give a total (spread over the items in order) or explicit item scores. */
export interface UnitSpec {
  name: string
  total?: Points
  items?: Record<string, Points[]>
  sequence?: Sequence
  veto?: boolean
  ledger?: LedgerKind[]
}

/**
 * Builds a small year for tests and the benchmark: one reviewer per unit scoring the given
 * total (items filled in sheet order), or explicit per-reviewer item scores.
 */
export function buildYear(
  specs: readonly UnitSpec[],
  settings: Partial<YearSettings> = {},
): YearPackage {
  const pkg = emptyYearPackage(2026)
  pkg.settings = { ...pkg.settings, ...settings }
  const reviewerCount = Math.max(
    1,
    ...specs.map((s) => Object.values(s.items ?? {})[0]?.length ?? 1),
  )
  pkg.reviewers = Array.from({ length: reviewerCount }, (_, r) => ({
    id: `r${r + 1}`,
    name: `评分人${r + 1}`,
    retired: false,
  }))
  specs.forEach((spec, i) => {
    const sequence = spec.sequence ?? 'township'
    const id = `u${i + 1}`
    pkg.units.push({
      id,
      name: spec.name,
      sequence,
      kind: sequence === 'township' ? '乡镇' : '部门',
      leaders: [],
      contact: { name: '', phone: '' },
      retired: false,
    })
    const items = criteriaItems(pkg.criteria[sequence])
    const scores: Record<string, Points[]> = spec.items ?? spread(items, spec.total ?? 0)
    for (const [code, list] of Object.entries(scores)) {
      list.forEach((score, r) => pkg.scores.push(score_(id, `r${r + 1}`, code, score)))
    }
    pkg.submissions.push({
      unitId: id,
      version: 1,
      fileName: `${spec.name}.xlsx`,
      importedAt: '2026-12-20T00:00:00.000Z',
      importedBy: '测试',
      criteriaVersion: 1,
      items: items.map((it) => ({ code: it.code, score: it.max, explanation: '', evidence: [] })),
      veto: { conditions: spec.veto ? ['V1'] : [], note: '' },
    })
    ;(spec.ledger ?? []).forEach((kind, j) =>
      pkg.ledger.push({
        id: `${id}-l${j}`,
        unitId: id,
        kind,
        description: '测试问题',
        at: '2026-06-01T00:00:00.000Z',
        by: '测试',
        removed: false,
      }),
    )
  })
  return pkg
}

function spread(items: { code: string; max: Points }[], total: Points): Record<string, Points[]> {
  const out: Record<string, Points[]> = {}
  let left = total
  for (const it of items) {
    const s = Math.min(it.max, left)
    out[it.code] = [s]
    left -= s
  }
  return out
}

function score_(
  unitId: string,
  reviewerId: string,
  itemCode: string,
  score: Points,
): ReviewerScore {
  return { unitId, reviewerId, itemCode, score, reason: '' }
}
