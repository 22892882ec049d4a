import { describe, expect, it } from 'vitest'
import { itemAcrossUnits, median, standardNote } from './cross-unit'

describe('itemAcrossUnits', () => {
  it('lines up self, reviewers and aggregate per unit and measures the distance to the median', () => {
    const rows = itemAcrossUnits({
      units: [
        { id: 'u1', name: '青山镇' },
        { id: 'u2', name: '河口镇' },
        { id: 'u3', name: '工业园区' },
      ],
      itemCode: 'A1',
      reviewerIds: ['r1', 'r2'],
      scores: [
        { unitId: 'u1', reviewerId: 'r1', itemCode: 'A1', score: 800, reason: '' },
        { unitId: 'u1', reviewerId: 'r2', itemCode: 'A1', score: 1000, reason: '' },
        { unitId: 'u2', reviewerId: 'r1', itemCode: 'A1', score: 300, reason: '' },
        { unitId: 'u2', reviewerId: 'r1', itemCode: 'B1', score: 100, reason: '' },
        { unitId: 'u3', reviewerId: 'r2', itemCode: 'A1', score: 950, reason: '' },
      ],
      submissions: new Map([
        ['u1', { items: [{ code: 'A1', score: 1000, explanation: '', evidence: [] }] }],
      ]),
      aggregation: 'mean',
      disagreement: 100,
    })
    expect(
      rows.map((r) => [r.name, r.self, r.scores, r.aggregate, r.disagree, r.offMedian]),
    ).toEqual([
      ['青山镇', 1000, [800, 1000], 900, true, 0],
      ['河口镇', null, [300, null], 300, false, -600],
      ['工业园区', null, [null, 950], 950, false, 50],
    ])
  })

  it('takes the half-up middle of an even count', () => {
    expect(median([100, 201])).toBe(151)
    expect(median([])).toBeNull()
  })
})

describe('standardNote', () => {
  it('ends the standard with one 。 whether or not the office wrote one', () => {
    const tail = '汇总与中位数相差超过 2.00 分的单位标红。'
    expect(standardNote('全面落实的得满分；未落实的不得分。', 200)).toBe(
      `评分标准：全面落实的得满分；未落实的不得分。${tail}`,
    )
    expect(standardNote('每少一次扣1分', 200)).toBe(`评分标准：每少一次扣1分。${tail}`)
    expect(standardNote('每少一次扣1分； ', 200)).toBe(`评分标准：每少一次扣1分。${tail}`)
    expect(standardNote('', 200)).toBe(`评分标准：（未填写）。${tail}`)
    expect(standardNote('全面落实的得满分。', 50)).not.toContain('。。')
  })
})
