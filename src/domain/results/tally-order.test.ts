import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { buildYear } from '../testing/build-year'
import { computeResults } from './compute-results'
import type { YearPackage } from '../model/year-package'
import { aggregateItem, tallyOf } from './aggregate'

// tallyScores sums runs of consecutive scores of the same unit and item: whatever order the
// records come in (imports append, edits replace in place), every figure must be the same.
const figures = (pkg: YearPackage) =>
  computeResults(pkg).sequences.map((s) => ({
    findings: s.findings,
    units: s.units.map((u) => ({ id: u.unitId, total: u.total, rank: u.rank, items: u.items })),
  }))

describe('the order of score records', () => {
  it('never changes a total, an item, a rank or a finding', () => {
    const scoreArb = fc.integer({ min: 0, max: 40 }).map((s) => s * 10)
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.array(scoreArb, { minLength: 1, maxLength: 6 }), {
            minLength: 3,
            maxLength: 3,
          }),
          {
            minLength: 1,
            maxLength: 5,
          },
        ),
        fc.infiniteStream(fc.nat()),
        fc.constantFrom('mean' as const, 'trimmedMean' as const, 'agreed' as const),
        (units, stream, aggregation) => {
          const pkg = buildYear(
            units.map((items, i) => ({
              name: `单位${i + 1}`,
              items: { '1.1': items[0]!, '1.2': items[1]!, '2.1': items[2]! },
            })),
            { aggregation },
          )
          // A score for an item not in the sheet, and one of a unit not in the roster.
          pkg.scores.push({
            unitId: 'u1',
            reviewerId: 'r1',
            itemCode: '9.9',
            score: 100,
            reason: '',
          })
          pkg.scores.push({
            unitId: 'u1',
            reviewerId: 'r2',
            itemCode: '9.9',
            score: 100,
            reason: '',
          })
          pkg.scores.push({
            unitId: 'x',
            reviewerId: 'r1',
            itemCode: '1.1',
            score: 100,
            reason: '',
          })
          const keys = pkg.scores.map(() => stream.next().value as number)
          const shuffled = {
            ...pkg,
            scores: pkg.scores
              .map((s, i) => [keys[i]!, s] as const)
              .sort((a, b) => a[0] - b[0])
              .map(([, s]) => s),
          }
          expect(figures(shuffled)).toEqual(figures(pkg))
        },
      ),
      { numRuns: 200 },
    )
  })

  it('counts each stray score once, in a run or apart', () => {
    const pkg = buildYear([{ name: '甲', items: { '1.1': [100, 200] } }])
    for (const r of ['r1', 'r2', 'r1'])
      pkg.scores.push({ unitId: 'u1', reviewerId: r, itemCode: '9.9', score: 100, reason: '' })
    const findings = computeResults(pkg).sequences[0]!.findings.join()
    expect(findings).toContain('有 3 条审核评分的指标编号不在本序列细则中')
  })

  it('finds every item as the plain definition does: count, mean, trimmed mean, lowest, highest', () => {
    // The tally keeps the lowest and highest score with integer arithmetic instead of
    // comparisons; this holds it to tallyOf/aggregateItem, which use plain comparisons.
    const scoreArb = fc.integer({ min: 0, max: 10000 })
    fc.assert(
      fc.property(
        fc.array(fc.array(scoreArb, { minLength: 1, maxLength: 9 }), {
          minLength: 3,
          maxLength: 3,
        }),
        fc.constantFrom('mean' as const, 'trimmedMean' as const, 'agreed' as const),
        (items, aggregation) => {
          const codes = ['1.1', '1.2', '2.1']
          const pkg = buildYear(
            [{ name: '甲', items: Object.fromEntries(codes.map((c, i) => [c, items[i]!])) }],
            { aggregation },
          )
          const unit = computeResults(pkg).sequences[0]!.units[0]!
          codes.forEach((code, i) => {
            const scores = items[i]!
            const t = tallyOf(scores)
            const got = unit.items.find((it) => it.code === code)!
            expect(got.reviewers).toBe(scores.length)
            expect(got.spread).toBe(t.max - t.min)
            expect(got.review).toBe(aggregateItem(t, aggregation).score)
          })
        },
      ),
      { numRuns: 300 },
    )
  })
})
