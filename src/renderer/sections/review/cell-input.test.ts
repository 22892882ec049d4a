import { describe, expect, it } from 'vitest'
import { needsReason, parseCellInput } from './cell-input'

const rule = { code: 'T1.1', max: 1000, step: 50 }

describe('parseCellInput', () => {
  it('reads decimals and full-width digits as hundredths', () => {
    expect(parseCellInput('8.5', rule)).toEqual({ ok: true, score: 850 })
    expect(parseCellInput('１０', rule)).toEqual({ ok: true, score: 1000 })
    expect(parseCellInput(' 0 ', rule)).toEqual({ ok: true, score: 0 })
  })

  it('treats an empty cell as clearing the score', () => {
    expect(parseCellInput('  ', rule)).toEqual({ ok: true, score: null })
  })

  it('refuses over max, off step, negatives and text with a Chinese message naming the item', () => {
    const over = parseCellInput('12', rule)
    expect(over.ok).toBe(false)
    if (!over.ok) expect(over.message).toBe('T1.1：得分 12.00 超过满分 10.00')
    const message = (text: string) => {
      const r = parseCellInput(text, rule)
      return r.ok ? null : r.message
    }
    expect(message('8.3')).toBe('T1.1：得分 8.30 不是扣分步长 0.50 分的整数倍')
    // One pattern for every refusal: the code, one colon, what is wrong.
    expect(message('-1')).toBe('T1.1：得分不能为负数（-1）')
    expect(message('八分')).toBe('T1.1：得分“八分”不是有效的分数')
    expect(message('8.125')).toBe('T1.1：得分最多两位小数（8.125）')
  })

  it('accepts any two-decimal score when the item has no step', () => {
    expect(parseCellInput('7.33', { code: 'X', max: 1000 })).toEqual({ ok: true, score: 733 })
  })
})

describe('needsReason', () => {
  it('asks for a reason only when the score differs from a given self score', () => {
    expect(needsReason(800, 1000, '')).toBe(true)
    expect(needsReason(800, 1000, '  ')).toBe(true)
    expect(needsReason(800, 1000, '台账不全')).toBe(false)
    expect(needsReason(1000, 1000, '')).toBe(false)
    expect(needsReason(800, null, '')).toBe(false)
    expect(needsReason(null, 1000, '')).toBe(false)
  })
})
