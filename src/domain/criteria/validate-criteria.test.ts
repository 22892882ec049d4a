import { describe, expect, it } from 'vitest'
import { validateCriteria, criteriaItems } from './validate-criteria'
import { defaultDepartmentCriteria, defaultTownshipCriteria } from './default-criteria'
import { CriteriaSheetSchema, type CriteriaSheet } from '../model/criteria'

function small(items: { code: string; max: number; step?: number }[]): CriteriaSheet {
  return {
    sequence: 'township',
    version: 1,
    title: '测试',
    categories: [
      {
        title: '加强组织领导情况',
        items: items.map((i) => ({ ...i, title: `内容${i.code}`, standard: '' })),
      },
    ],
    vetoes: [],
  }
}

describe('validateCriteria', () => {
  it('accepts a sheet summing to exactly 100', () => {
    expect(
      validateCriteria(
        small([
          { code: 'a', max: 6000 },
          { code: 'b', max: 4000, step: 50 },
        ]),
      ),
    ).toEqual([])
  })
  it('explains a sum that is not 100', () => {
    expect(validateCriteria(small([{ code: 'a', max: 9950 }]))).toEqual([
      '乡镇（街道）和园区考评细则：各项满分合计 99.50 分，应为 100.00 分（少 0.50 分）',
    ])
    expect(validateCriteria(small([{ code: 'a', max: 10001 }]))[0]).toContain('多 0.01 分')
  })
  it('explains duplicate codes, non-positive maxima and steps that do not divide', () => {
    const problems = validateCriteria(
      small([
        { code: 'a', max: 5000 },
        { code: 'a', max: 0 },
        { code: 'c', max: 5000, step: 300 },
      ]),
    )
    expect(problems).toHaveLength(3)
    expect(problems[0]).toContain('指标编号 a 重复')
    expect(problems[1]).toContain('满分应大于 0')
    expect(problems[2]).toContain('扣分步长 3.00 分不能整除满分 50.00 分')
  })
  it('refuses an empty sheet', () => {
    expect(validateCriteria({ ...small([]), categories: [] })).toEqual([
      '乡镇（街道）和园区考评细则：没有一级指标',
    ])
  })
})

describe('default criteria', () => {
  for (const make of [defaultTownshipCriteria, defaultDepartmentCriteria]) {
    const s = make()
    it(`${s.title} is valid, sums to 100 and carries the vetoes of its article`, () => {
      expect(CriteriaSheetSchema.parse(s)).toEqual(s)
      expect(validateCriteria(s)).toEqual([])
      expect(criteriaItems(s).reduce((a, i) => a + i.max, 0)).toBe(10000)
      expect(s.categories.map((c) => c.title)).toEqual([
        '加强组织领导情况',
        '推动重点工作情况',
        '强化考核问效情况',
      ])
      // 第九条(三) gives the townships two; 第十条 gives county departments none.
      expect(s.vetoes.map((v) => v.text)).toEqual(
        s.sequence === 'township'
          ? [
              '受到市级以上环境保护行政主管部门区域限批',
              '辖区内发生重大及以上突发环境事故，各级党委、政府负有领导和管理责任',
            ]
          : [],
      )
    })
  }
  it('keeps the seed wording of the item titles', () => {
    const titles = criteriaItems(defaultTownshipCriteria()).map((i) => i.title)
    expect(titles).toContain('每季度召开党委会议就生态文明建设和环境保护工作进行安排部署')
    expect(criteriaItems(defaultDepartmentCriteria()).map((i) => i.title)).toContain(
      '支持环境保护部门依法行政',
    )
  })
})
