import { describe, expect, it } from 'vitest'
import { ROUNDING_LABELS, changedSettings, quotaInWords } from './settings-labels'
import { defaultYearSettings } from '../../domain'

describe('changedSettings', () => {
  it('names exactly the settings that differ', () => {
    const a = defaultYearSettings('青山县')
    expect(changedSettings(a, { ...a })).toEqual([])
    expect(changedSettings(a, { ...a, advancedPassOn: true, targetLine: 7000 })).toEqual([
      '先进名额顺延',
      '目标任务完成分数线',
    ])
  })
})

describe('quotaInWords', () => {
  it("says each sequence's count and places under the chosen rounding", () => {
    const counts = { township: 14, department: 20 }
    expect(quotaInWords(counts, 'floor')).toBe(
      '今年乡镇（街道）和园区 14 个单位，先进名额 4 个；县级部门 20 个单位，先进名额 6 个',
    )
    expect(quotaInWords(counts, 'round')).toBe(
      '今年乡镇（街道）和园区 14 个单位，先进名额 5 个；县级部门 20 个单位，先进名额 7 个',
    )
    expect(quotaInWords(counts, 'ceil')).toBe(
      '今年乡镇（街道）和园区 14 个单位，先进名额 5 个；县级部门 20 个单位，先进名额 7 个',
    )
    expect(quotaInWords({ township: 3, department: 0 }, 'floor')).toBe(
      '今年乡镇（街道）和园区 3 个单位，先进名额 1 个；县级部门还没有单位',
    )
  })

  it('names the roundings in words, without formulas', () => {
    expect(Object.values(ROUNDING_LABELS)).toEqual(['向下取整（默认）', '四舍五入', '向上取整'])
  })
})
