import { describe, expect, it } from 'vitest'
import { checkItemScore, findCriteriaItem } from './item-score'
import { defaultTownshipCriteria } from './default-criteria'

describe('checkItemScore', () => {
  const item = { max: 1000, step: 100 }
  it('accepts scores within [0, max] on the step', () => {
    expect(checkItemScore(0, item)).toBeNull()
    expect(checkItemScore(1000, item)).toBeNull()
    expect(checkItemScore(750, { max: 1000 })).toBeNull()
  })
  it('says why a score is refused', () => {
    expect(checkItemScore(1200, item)).toBe('得分 12.00 超过满分 10.00')
    expect(checkItemScore(750, item)).toBe('得分 7.50 不是扣分步长 1.00 分的整数倍')
    expect(checkItemScore(-1, item)).toBe('得分 -1 不是有效的分数')
  })
})

describe('findCriteriaItem', () => {
  it('finds an item across categories', () => {
    expect(findCriteriaItem(defaultTownshipCriteria(), '3.2')?.max).toBe(500)
    expect(findCriteriaItem(defaultTownshipCriteria(), '9.9')).toBeUndefined()
  })
})
