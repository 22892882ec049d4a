import { describe, expect, it } from 'vitest'
import { computeResults, createSampleYear, type SequenceResult } from '../../../domain'
import { nearBoundaries } from './boundary'
import { badgesOf, rankText } from './outcome-labels'
import { previewSettings } from './what-if'

const pkg = createSampleYear()
const results = computeResults(pkg)
const township = results.sequences.find((s) => s.sequence === 'township') as SequenceResult

describe('outcome labels', () => {
  it('shows 并列 for tied ranks and the outcome badges of each unit', () => {
    const tied = township.units.filter((u) => u.tied)
    expect(tied.length).toBeGreaterThanOrEqual(2)
    expect(rankText(tied[0]!)).toBe(`${tied[0]!.rank}（并列）`)
    const vetoed = township.units.find((u) => u.vetoed)!
    expect(badgesOf(vetoed)).toContain('veto')
    expect(badgesOf(vetoed)).not.toContain('advanced')
    const last = township.units[township.units.length - 1]!
    expect(badgesOf(last)).toContain('interview')
  })
})

describe('nearBoundaries', () => {
  it('measures the lowest 先进单位 against the best unit outside, both ways', () => {
    const lowest = township.units.filter((u) => u.advanced).at(-1)!
    const bestOutside = township.units.find((u) => !u.advanced && !u.vetoed)!
    const gap = lowest.total - bestOutside.total
    const near = nearBoundaries(township, gap)
    const mine = near.find((n) => n.unitId === lowest.unitId && n.line === 'advanced')
    expect(mine).toEqual({ unitId: lowest.unitId, line: 'advanced', margin: gap, inside: true })
    const theirs = near.find((n) => n.unitId === bestOutside.unitId && n.line === 'advanced')
    expect(theirs?.inside).toBe(false)
    expect(nearBoundaries(township, gap - 1).some((n) => n.unitId === lowest.unitId)).toBe(false)
    for (const n of nearBoundaries(township, 100_000)) expect(n.margin).toBeGreaterThanOrEqual(0)
  })

  it('finds nothing when the margin asked for is below every gap', () => {
    const far = nearBoundaries(township, -1)
    expect(far).toEqual([])
  })
})

describe('previewSettings', () => {
  it('lists no change when the settings stay the same', () => {
    expect(previewSettings(pkg, results, {}).changes).toEqual([])
  })

  it('shows the tied units that would lose 先进 if ties were all out, without touching the year', () => {
    const before = JSON.stringify(pkg.settings)
    const { changes } = previewSettings(pkg, results, { boundaryTies: 'allOut' })
    expect(JSON.stringify(pkg.settings)).toBe(before)
    const tied = township.units.filter((u) => u.tied && u.advanced)
    expect(tied.length).toBe(2)
    for (const u of tied) {
      expect(changes).toContainEqual({
        unitId: u.unitId,
        name: u.name,
        sequenceLabel: township.label,
        before: `第 ${u.rank} 名，先进单位`,
        after: `第 ${u.rank} 名`,
      })
    }
  })
})
