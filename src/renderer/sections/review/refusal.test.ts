import { describe, expect, it } from 'vitest'
import { refusal } from './refusal'

describe('refusal', () => {
  it('puts the item code first and drops the closing full stop', () => {
    expect(refusal('1.2', '评分与自评不同，理由不能为空')).toBe('1.2：评分与自评不同，理由不能为空')
    expect(refusal('1.2', '请先选择单位和评分人。')).toBe('1.2：请先选择单位和评分人')
  })

  it('does not say the code twice when the store already named it', () => {
    expect(refusal('1.2', '1.2：分数不能为负。')).toBe('1.2：分数不能为负')
    expect(refusal('1.2', '1.2: 分数最多两位小数')).toBe('1.2：分数最多两位小数')
  })

  it('keeps the full stops inside a message of two sentences', () => {
    expect(
      refusal('2.1', '2026年度已审定锁定，不能修改。如确需修改，请先在“审定”中填写理由解除锁定。'),
    ).toBe('2.1：2026年度已审定锁定，不能修改。如确需修改，请先在“审定”中填写理由解除锁定')
  })
})
