import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { rankSequence, type RankInput } from './rank'
import { advancedCountFor, decideOutcomes } from './outcomes'
import { buildYear } from '../testing/build-year'
import { computeResults } from './compute-results'

const settingsArb = fc.record({
  advancedRounding: fc.constantFrom('floor' as const, 'round' as const, 'ceil' as const),
  advancedPassOn: fc.boolean(),
  boundaryTies: fc.constantFrom('allIn' as const, 'allOut' as const),
  tieBreakByCategories: fc.boolean(),
  vetoedLast: fc.boolean(),
})

// Few distinct totals so that ties are common.
const entriesArb = fc
  .array(
    fc.record({
      total: fc.integer({ min: 0, max: 6 }).map((t) => t * 50),
      categories: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }),
      vetoed: fc.boolean(),
    }),
    { maxLength: 20 },
  )
  .map((list) => list.map((e, i): RankInput => ({ ...e, id: `u${i}`, name: `单位${i}` })))

const rankOf = (list: RankInput[], s: Parameters<typeof rankSequence>[1]) =>
  new Map(rankSequence(list, s).map((r) => [r.entry.id, r.rank]))

describe('ranking and outcome invariants', () => {
  it('ranks do not depend on input order', () => {
    fc.assert(
      fc.property(entriesArb, settingsArb, fc.infiniteStream(fc.nat()), (entries, s, stream) => {
        const keys = entries.map(() => stream.next().value as number)
        const shuffled = entries
          .map((e, i) => [keys[i]!, e] as const)
          .sort((a, b) => a[0] - b[0])
          .map(([, e]) => e)
        expect(rankOf(shuffled, s)).toEqual(rankOf(entries, s))
      }),
    )
  })

  it('tied totals share a rank (without tie-break or veto ordering)', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const ranked = rankSequence(entries, { tieBreakByCategories: false, vetoedLast: false })
        for (const a of ranked)
          for (const b of ranked) if (a.entry.total === b.entry.total) expect(a.rank).toBe(b.rank)
      }),
    )
  })

  it('先进 never exceeds the count plus boundary ties; never vetoed; never also 约谈', () => {
    fc.assert(
      fc.property(entriesArb, settingsArb, (entries, s) => {
        const ranked = rankSequence(entries, s)
        const { advancedCount, outcomes } = decideOutcomes(ranked, s)
        expect(advancedCount).toBe(advancedCountFor(entries.length, s.advancedRounding))
        const advanced = ranked.filter((_, i) => outcomes[i]!.advanced)
        const byTie = outcomes.filter((o) => o.advancedByTie).length
        expect(advanced.length).toBeLessThanOrEqual(advancedCount + byTie)
        outcomes.forEach((o, i) => {
          expect(o.advanced && o.interview).toBe(false)
          if (ranked[i]!.entry.vetoed) expect(o.advanced).toBe(false)
        })
      }),
    )
  })

  it('raising one item score of one unit never lowers its rank', () => {
    const unitArb = fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 3, maxLength: 3 })
    fc.assert(
      fc.property(
        fc.array(unitArb, { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.constantFrom('1.1', '2.1', '3.1'),
        fc.integer({ min: 1, max: 300 }),
        fc.boolean(),
        (rows, pick, code, raise, tieBreak) => {
          const specs = rows.map((r, i) => ({
            name: `单位${i}`,
            items: { '1.1': [r[0]!], '2.1': [r[1]!], '3.1': [r[2]!] },
          }))
          const target = pick % specs.length
          const before = computeResults(buildYear(specs, { tieBreakByCategories: tieBreak }))
          const items = specs[target]!.items as Record<string, number[]>
          items[code] = [Math.min(items[code]![0]! + raise, 400)]
          const after = computeResults(buildYear(specs, { tieBreakByCategories: tieBreak }))
          const rank = (r: typeof before) =>
            r.sequences[0]!.units.find((u) => u.name === `单位${target}`)!.rank
          expect(rank(after)).toBeLessThanOrEqual(rank(before))
        },
      ),
    )
  })

  it('explanations never state a negative margin, whatever the settings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ total: fc.integer({ min: 0, max: 8 }), veto: fc.boolean() }), {
          maxLength: 9,
        }),
        settingsArb,
        (rows, s) => {
          const specs = rows.map((r, i) => ({
            name: `单位${i}`,
            total: r.total * 500,
            veto: r.veto,
          }))
          for (const seq of computeResults(buildYear(specs, s)).sequences) {
            for (const u of seq.units) expect(u.explanation.join('')).not.toMatch(/ -\d/)
          }
        },
      ),
      { numRuns: 200 },
    )
  })
})
