import { describe, expect, it } from 'vitest'
import { checkAdjustment } from './adjustment-input'

const draft = { target: 'A1', delta: '-1.5', reason: '台账缺失', supervisionRef: '督查〔2026〕7号' }

describe('checkAdjustment', () => {
  it('reads a signed adjustment on an item or on the total', () => {
    expect(checkAdjustment(draft)).toEqual({
      ok: true,
      itemCode: 'A1',
      delta: -150,
      reason: '台账缺失',
      supervisionRef: '督查〔2026〕7号',
    })
    const total = checkAdjustment({ ...draft, target: '', delta: '+２' })
    expect(total.ok && total.itemCode === null && total.delta === 200).toBe(true)
  })

  it('refuses zero, three decimals, a missing reason or supervision reference in Chinese', () => {
    const msg = (d: Partial<typeof draft>) => {
      const r = checkAdjustment({ ...draft, ...d })
      return r.ok ? '' : r.message
    }
    expect(msg({ delta: '0' })).toBe('调整分值：不能为 0')
    expect(msg({ delta: '1.234' })).toContain('最多两位小数')
    expect(msg({ delta: 'abc' })).toContain('不是有效的分数')
    expect(msg({ reason: ' ' })).toBe('请填写调整理由')
    expect(msg({ supervisionRef: '' })).toContain('日常监管依据')
  })
})
