import { describe, expect, it } from 'vitest'
import { buildYear } from '../testing/build-year'
import { checkYearPackage } from '../package/check-year-package'
import type { YearPackage } from '../model/year-package'
import { checkAdjustmentBounds, type AdjustmentContext } from './adjustment-bounds'

const year = () => buildYear([{ name: '青山镇', total: 9000 }])
function context(pkg: YearPackage): AdjustmentContext {
  return {
    unit: pkg.units[0]!,
    sheet: pkg.criteria.township,
    aggregation: pkg.settings.aggregation,
    scores: pkg.scores,
    adjustments: pkg.adjustments,
  }
}
const adjust = (pkg: YearPackage, itemCode: string | null, delta: number) =>
  pkg.adjustments.push({
    id: `a${pkg.adjustments.length}`,
    unitId: 'u1',
    itemCode,
    delta,
    reason: '复核',
    supervisionRef: '',
    at: '2026-12-01T00:00:00.000Z',
    by: '甲',
    removed: false,
  })

describe('adjustments stay on the 百分制', () => {
  it('refuses 90 + 15 with the figures, accepts 90 + 10 exactly', () => {
    const pkg = year()
    expect(checkAdjustmentBounds(context(pkg), { itemCode: null, delta: 1500 })).toBe(
      '青山镇复核调整后总分为 105.00 分（各项得分合计 90.00 分，总分调整合计 +15.00 分），超过 100 分，超出百分制，不能记录这笔 +15.00 分的调整。',
    )
    expect(checkAdjustmentBounds(context(pkg), { itemCode: null, delta: 1000 })).toBeNull()
  })

  it('counts the standing adjustments and skips the withdrawn ones', () => {
    const pkg = year()
    adjust(pkg, null, 800)
    expect(checkAdjustmentBounds(context(pkg), { itemCode: null, delta: 300 })).toContain(
      '总分为 101.00 分（各项得分合计 90.00 分，总分调整合计 +11.00 分）',
    )
    pkg.adjustments[0]!.removed = true
    expect(checkAdjustmentBounds(context(pkg), { itemCode: null, delta: 300 })).toBeNull()
  })

  it('refuses a total below 0 and leaves item adjustments to their item’s bounds', () => {
    const pkg = year()
    expect(checkAdjustmentBounds(context(pkg), { itemCode: null, delta: -9001 })).toContain(
      '总分为 -0.01 分（各项得分合计 90.00 分，总分调整合计 -90.01 分），低于 0 分',
    )
    // An item adjustment is cut at the item's maximum: the total cannot pass 100 through it.
    expect(checkAdjustmentBounds(context(pkg), { itemCode: '3.4', delta: 5000 })).toBeNull()
  })

  it('makes validate refuse a package that carries such an adjustment', () => {
    const pkg = year()
    for (const s of pkg.scores) s.reason = '按评分标准'
    expect(checkYearPackage(pkg)).toEqual([])
    adjust(pkg, null, 1500)
    expect(checkYearPackage(pkg)).toEqual([
      '复核调整：青山镇复核调整后总分为 105.00 分（各项得分合计 90.00 分，总分调整合计 +15.00 分），超过 100 分，超出百分制',
    ])
  })
})
