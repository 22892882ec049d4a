import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { packScores, packYearScores, unpackScores } from './score-pack'
import type { ReviewerScore } from './assessment'

const scoreArb: fc.Arbitrary<ReviewerScore> = fc.record({
  unitId: fc.constantFrom('u1', 'u2', 'u3'),
  reviewerId: fc.constantFrom('r1', 'r2', '评分人'),
  itemCode: fc.constantFrom('1.1', '1.2', '2.1', '9.9'),
  score: fc.integer({ min: 0, max: 10000 }),
  reason: fc.string({ maxLength: 4 }),
})

describe('score packs', () => {
  it('give back every record of a year, each unit in its first order, nothing lost', () => {
    fc.assert(
      fc.property(fc.array(scoreArb, { maxLength: 40 }), (scores) => {
        const packs = packYearScores(scores)
        expect(new Set(packs.map((p) => p.unitId)).size).toBe(packs.length)
        const back = packs.flatMap((p) => unpackScores(p))
        const byUnit = (list: ReviewerScore[], unit: string) =>
          list.filter((s) => s.unitId === unit)
        expect(back).toHaveLength(scores.length)
        for (const p of packs) expect(byUnit(back, p.unitId)).toEqual(byUnit(scores, p.unitId))
      }),
    )
  })

  it('store each reviewer id and item code once', () => {
    const pack = packScores('u1', [
      { reviewerId: 'r1', itemCode: '1.1', score: 100, reason: '' },
      { reviewerId: 'r2', itemCode: '1.1', score: 150, reason: '材料不全' },
      { reviewerId: 'r1', itemCode: '1.2', score: 0, reason: '' },
    ])
    expect(pack.reviewerIds).toEqual(['r1', 'r2'])
    expect(pack.itemCodes).toEqual(['1.1', '1.2'])
    expect([...pack.cells]).toEqual([0, 0, 100, 1, 0, 150, 0, 1, 0])
    expect(pack.reasons).toEqual(['', '材料不全', ''])
  })
})
