import { describe, expect, it } from 'vitest'
import {
  computeResults,
  createSampleYear,
  formatPoints,
  type SequenceResult,
} from '../../../domain'
import { marginText, nearBoundaries } from './boundary'
import { badgesOf, rankPhrase, rankText } from './outcome-labels'
import { previewSettings } from './what-if'

const pkg = createSampleYear()
const results = computeResults(pkg)
const township = results.sequences.find((s) => s.sequence === 'township') as SequenceResult

describe('outcome labels', () => {
  it('shows 并列 for tied ranks and the outcome badges of each unit', () => {
    const tied = township.units.filter((u) => u.tied)
    expect(tied.length).toBeGreaterThanOrEqual(2)
    expect(rankText(tied[0]!)).toBe(`${tied[0]!.rank}（并列）`)
    expect(rankPhrase(tied[0]!)).toBe(`第 ${tied[0]!.rank} 名（并列）`)
    expect(rankPhrase({ rank: 7, tied: false })).toBe('第 7 名')
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

  it('words each margin as the explanation does, measured from the same line', () => {
    const departments = results.sequences.find((s) => s.sequence === 'department')!
    const seen = new Set<string>()
    for (const seq of [township, departments]) {
      for (const m of nearBoundaries(seq, 100)) {
        const u = seq.units.find((x) => x.unitId === m.unitId)!
        const said = u.explanation.join('')
        const p = formatPoints(m.margin)
        const text = marginText(m)
        seen.add(text.replace(/ .*/, ''))
        if (m.line === 'advanced' && m.inside)
          expect(said).toMatch(new RegExp(`比先进线外最高的.*高 ${p} 分`))
        if (m.line === 'advanced' && !m.inside) expect(said).toContain(`距先进线 ${p} 分`)
        if (m.line === 'interview' && m.inside)
          expect(said).toMatch(new RegExp(`比约谈名单外最低的.*低 ${p} 分`))
        if (m.line === 'interview' && !m.inside) {
          expect(said).toContain(
            `高于约谈线 ${p} 分（约谈线 ${formatPoints(seq.interviewLine!)} 分）`,
          )
        }
      }
    }
    // The sample has units on both sides of both lines within 1.00.
    expect([...seen].sort()).toEqual(['距先进线', '距名单外', '领先线外', '高于约谈线'].sort())
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
        before: `第 ${u.rank} 名（并列），先进单位`,
        after: `第 ${u.rank} 名（并列）`,
      })
    }
  })
})
