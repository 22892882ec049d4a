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
    const off = parseCellInput('8.3', rule)
    expect(off.ok === false && off.message.includes('步长 0.50')).toBe(true)
    const neg = parseCellInput('-1', rule)
    expect(neg.ok === false && neg.message.includes('不能为负数')).toBe(true)
    const text = parseCellInput('八分', rule)
    expect(text.ok === false && text.message.includes('不是有效的分数')).toBe(true)
    const third = parseCellInput('8.125', rule)
    expect(third.ok === false && third.message.includes('最多两位小数')).toBe(true)
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
