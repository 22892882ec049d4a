import { describe, expect, it } from 'vitest'
import { buildYear } from '../testing/build-year'
import { computeResults } from './compute-results'

const adj = (unitId: string, itemCode: string | null, delta: number, removed = false) => ({
  id: `a${Math.abs(delta)}${itemCode}`,
  unitId,
  itemCode,
  delta,
  reason: '日常监管发现问题',
  supervisionRef: '督办单2026-01',
  at: '2026-12-25T00:00:00.000Z',
  by: '复核人',
  removed,
})

describe('re-check adjustments', () => {
  it('adds item and total adjustments exactly, ignores withdrawn ones, keeps items within [0, max]', () => {
    const pkg = buildYear([{ name: '甲', items: { '1.1': [10], '1.2': [20], '1.3': [300] } }])
    pkg.adjustments = [
      adj('u1', '1.3', -50),
      adj('u1', null, 25),
      adj('u1', '1.1', 500), // 1.1 max 4 分: clamped
      adj('u1', '1.2', -100, true),
    ]
    const u = computeResults(pkg).sequences[0]!.units[0]!
    expect(u.items.find((i) => i.code === '1.2')!.final).toBe(20)
    expect(u.items.find((i) => i.code === '1.3')!.final).toBe(250)
    expect(u.items.find((i) => i.code === '1.1')).toMatchObject({ final: 400, clamped: true })
    expect(u.itemsTotal).toBe(670)
    expect(u.total).toBe(695)
    expect(u.categories[0]).toEqual({ title: '加强组织领导情况', score: 670, max: 3000 })
    expect(u.explanation[0]).toBe(
      '总分 6.95 分：各项得分合计 6.70 分，复核调整总分 +0.25 分；自评 100.00 分。',
    )
    expect(computeResults(pkg).sequences[0]!.findings.join()).toContain('已按边界计：甲 1.1')
  })
  it('0.1 + 0.2 is 0.3', () => {
    const pkg = buildYear([{ name: '甲', items: { '1.1': [10], '1.2': [20] } }])
    expect(computeResults(pkg).sequences[0]!.units[0]!.total).toBe(30)
  })
  it('trimmed mean from 5 reviewers and mean fallback with 4 reach the total and the findings', () => {
    const five = buildYear([{ name: '甲', items: { '2.1': [100, 500, 500, 600, 800] } }], {
      aggregation: 'trimmedMean',
    })
    expect(computeResults(five).sequences[0]!.units[0]!.total).toBe(533)
    const four = buildYear([{ name: '甲', items: { '2.1': [100, 500, 600, 800] } }], {
      aggregation: 'trimmedMean',
    })
    const seq = computeResults(four).sequences[0]!
    expect(seq.units[0]!.total).toBe(500)
    expect(seq.findings.join()).toContain('评分人不足 5 人，按平均分计算')
  })
})
