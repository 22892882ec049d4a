import {
  computeResults,
  type ScorePack,
  type UnitResult,
  type YearPackage,
  type YearResults,
  type YearSettings,
} from '../../../domain'
import { BADGES, badgesOf, rankPhrase } from './outcome-labels'

export interface OutcomeChange {
  unitId: string
  name: string
  sequenceLabel: string
  before: string
  after: string
}

const summary = (u: UnitResult | undefined) => {
  if (!u) return '—'
  const b = badgesOf(u).filter((k) => k === 'advanced' || k === 'interview')
  return `${rankPhrase(u)}${b.length ? `，${b.map((k) => BADGES[k].label).join('、')}` : ''}`
}

/**
 * What the committee would see if a rule were set differently: the results recomputed by the
 * domain on a copy of the year with the changed settings, and every unit whose place or outcome
 * moves. The stored year is not touched.
 */
export function previewSettings(
  pkg: YearPackage,
  base: YearResults,
  change: Partial<YearSettings>,
  packs?: readonly ScorePack[],
): { results: YearResults; changes: OutcomeChange[] } {
  const results = computeResults({ ...pkg, settings: { ...pkg.settings, ...change } }, packs)
  const changes: OutcomeChange[] = []
  for (const seq of results.sequences) {
    const before = new Map(
      base.sequences.find((s) => s.sequence === seq.sequence)?.units.map((u) => [u.unitId, u]),
    )
    for (const u of seq.units) {
      const was = summary(before.get(u.unitId))
      const now = summary(u)
      if (was !== now) {
        changes.push({
          unitId: u.unitId,
          name: u.name,
          sequenceLabel: seq.label,
          before: was,
          after: now,
        })
      }
    }
  }
  return { results, changes }
}
