import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { buildYear } from '../testing/build-year'
import { computeResults } from './compute-results'
import type { YearPackage } from '../model/year-package'
import { packYearScores, type ScorePack } from '../model/score-pack'
import { aggregateItem, tallyOf } from './aggregate'

// tallyScores and tallyPacks sum runs of consecutive scores of the same unit and item: whatever
// order the records come in (imports append, edits replace in place), and whether they come as
// records or as packs, every figure must be the same.
const figures = (pkg: YearPackage, packs?: ScorePack[]) =>
  computeResults(pkg, packs).sequences.map((s) => ({
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
          const expected = figures(pkg)
          expect(figures(shuffled)).toEqual(expected)
          // As packs (cells in the shuffled order), with the records left out of the package.
          expect(figures({ ...pkg, scores: [] }, packYearScores(shuffled.scores))).toEqual(expected)
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
    const fromPacks = computeResults(pkg, packYearScores(pkg.scores)).sequences[0]!.findings
    expect(fromPacks.join()).toContain('有 3 条审核评分的指标编号不在本序列细则中')
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
          for (const packs of [undefined, packYearScores(pkg.scores)]) {
            const unit = computeResults(pkg, packs).sequences[0]!.units[0]!
            codes.forEach((code, i) => {
              const scores = items[i]!
              const t = tallyOf(scores)
              const got = unit.items.find((it) => it.code === code)!
              expect(got.reviewers).toBe(scores.length)
              expect(got.spread).toBe(t.max - t.min)
              expect(got.review).toBe(aggregateItem(t, aggregation).score)
            })
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('adds up: item finals make the categories and the total, flags match the items', () => {
    // The totals loop of UnitScores and items() compute an item separately (the loop skips
    // the objects); with adjustments that clamp at 0 or the maximum they must still agree.
    const codes = ['1.1', '1.2', '2.1']
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 6 }), {
          minLength: 3,
          maxLength: 3,
        }),
        fc.array(
          fc.record({
            item: fc.constantFrom(null, ...codes),
            delta: fc.integer({ min: -600, max: 600 }).filter((d) => d !== 0),
            removed: fc.boolean(),
          }),
          { maxLength: 4 },
        ),
        fc.constantFrom('mean' as const, 'trimmedMean' as const, 'agreed' as const),
        fc.constantFrom(0, 100, 200),
        (items, adjustments, aggregation, disagreementThreshold) => {
          const pkg = buildYear(
            [{ name: '甲', items: Object.fromEntries(codes.map((c, i) => [c, items[i]!])) }],
            { aggregation, disagreementThreshold },
          )
          adjustments.forEach((a, i) =>
            pkg.adjustments.push({
              id: `a${i}`,
              unitId: 'u1',
              itemCode: a.item,
              delta: a.delta,
              reason: '复核',
              supervisionRef: '',
              at: '2026-12-20T00:00:00.000Z',
              by: '测试',
              removed: a.removed,
            }),
          )
          const seq = computeResults(pkg).sequences[0]!
          const u = seq.units[0]!
          expect(u.items.reduce((sum, it) => sum + it.final, 0)).toBe(u.itemsTotal)
          const sheet = pkg.criteria.township
          let at = 0
          sheet.categories.forEach((c, k) => {
            const inCategory = u.items.slice(at, at + c.items.length)
            at += c.items.length
            expect(u.categories[k]!.score).toBe(inCategory.reduce((sum, it) => sum + it.final, 0))
          })
          for (const it of u.items) {
            expect(it.final).toBe(Math.min(Math.max(it.review + it.adjustment, 0), maxOf(it.code)))
            expect(it.clamped).toBe(it.final !== it.review + it.adjustment)
          }
          const clamped = u.items.filter((it) => it.clamped)
          const listed = seq.findings.find((f) => f.startsWith('复核调整后超出'))
          expect(listed === undefined).toBe(clamped.length === 0)
          function maxOf(code: string) {
            return sheet.categories.flatMap((c) => c.items).find((i) => i.code === code)!.max
          }
        },
      ),
      { numRuns: 200 },
    )
  })
})
