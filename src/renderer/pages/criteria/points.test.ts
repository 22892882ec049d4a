import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatPoints, parsePoints } from './points'

describe('points', () => {
  it('parses what the office types into hundredths, exactly', () => {
    expect(parsePoints('12.5')).toBe(1250)
    expect(parsePoints(' 3 ')).toBe(300)
    expect(parsePoints('0.1')! + parsePoints('0.2')!).toBe(parsePoints('0.3'))
    expect(parsePoints('0.05')).toBe(5)
  })

  it('refuses anything that is not a non-negative number with at most two decimals', () => {
    for (const bad of ['', '-1', '1.234', 'abc', '1,5', '1e2', '.5']) {
      expect(parsePoints(bad)).toBeNull()
    }
  })

  it('formats with two decimals and round-trips', () => {
    expect(formatPoints(10000)).toBe('100.00')
    expect(formatPoints(5)).toBe('0.05')
    expect(formatPoints(-150)).toBe('-1.50')
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), (n) => {
        expect(parsePoints(formatPoints(n))).toBe(n)
      }),
    )
  })
})
