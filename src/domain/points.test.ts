import { describe, expect, it } from 'vitest'
import { formatPoints, meanHalfUp, parsePoints, parseSignedPoints } from './points'

const value = (r: ReturnType<typeof parsePoints>) => (r.ok ? r.value : r.error.message)

describe('parsePoints', () => {
  it('reads whole, one- and two-place decimals as hundredths', () => {
    expect(value(parsePoints('12.5'))).toBe(1250)
    expect(value(parsePoints('12.50'))).toBe(1250)
    expect(value(parsePoints('0'))).toBe(0)
    expect(value(parsePoints(' 7 '))).toBe(700)
    expect(value(parsePoints('１２．５'))).toBe(1250)
    expect(value(parsePoints(12.3))).toBe(1230)
    expect(value(parsePoints(0.1 + 0.2))).toBe(30)
  })
  it('refuses more than two decimals, negatives, NaN and empty text in Chinese', () => {
    expect(value(parsePoints('1.234', '得分'))).toBe('得分：最多两位小数（1.234）')
    expect(value(parsePoints('-1'))).toContain('不能为负数')
    expect(value(parsePoints(Number.NaN))).toContain('不是有效的数字')
    expect(value(parsePoints(''))).toContain('不能为空')
    expect(value(parsePoints('abc'))).toContain('不是有效的分数')
    expect(value(parsePoints(1.234))).toContain('最多两位小数')
  })
  it('reads signed adjustments', () => {
    expect(value(parseSignedPoints('-1.5'))).toBe(-150)
    expect(value(parseSignedPoints('+2'))).toBe(200)
  })
})

describe('formatPoints', () => {
  it('always shows two decimals', () => {
    expect(formatPoints(1250)).toBe('12.50')
    expect(formatPoints(5)).toBe('0.05')
    expect(formatPoints(-300)).toBe('-3.00')
    expect(formatPoints(10 + 20)).toBe('0.30')
  })
})

describe('meanHalfUp', () => {
  it('rounds half up in integers', () => {
    expect(meanHalfUp([1, 2])).toBe(2)
    expect(meanHalfUp([100, 101, 101])).toBe(101)
    expect(meanHalfUp([100, 100, 101])).toBe(100)
    expect(meanHalfUp([])).toBe(0)
  })
})
