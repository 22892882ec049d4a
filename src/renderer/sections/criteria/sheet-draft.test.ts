import { describe, expect, it } from 'vitest'
import {
  draftProblems,
  readSheet,
  sheetTotal,
  toStored,
  totalProblem,
  type DraftSheet,
} from './sheet-draft'

const draft = (items: [string, string, string, string?][]): DraftSheet => ({
  categories: [
    {
      key: 'c',
      title: '加强组织领导情况',
      items: items.map(([code, title, max, step], i) => ({
        key: `i${i}`,
        code,
        title,
        max,
        standard: '',
        step: step ?? '',
      })),
    },
  ],
  vetoes: '受到市级以上环境保护行政主管部门区域限批\n',
})

describe('criteria draft', () => {
  it('totals exactly, including decimals', () => {
    const d = draft([
      ['A1', '甲', '33.3'],
      ['A2', '乙', '33.3'],
      ['A3', '丙', '33.4'],
    ])
    expect(sheetTotal(d)).toBe(10000)
    expect(draftProblems(d)).toEqual([])
  })

  it('names every problem with the item it is in', () => {
    const d = draft([
      ['A1', '', '10'],
      ['A1', '乙', 'x'],
      ['', '丙', '5', '2'],
    ])
    expect(draftProblems(d)).toEqual([
      'A1：未填考评内容',
      'A1：分值“x”无效，应为大于 0、最多两位小数的数',
      '第 1 个一级指标第 3 项未填编号',
      '第 1 个一级指标第 3 项：扣分步长 2 分不能整除分值 5 分',
      '编号“A1”重复了 2 次',
    ])
  })

  it('round-trips through the stored form in hundredths', () => {
    const d = draft([['A1', '甲', '12.5', '0.5']])
    const stored = toStored(d, { sequence: 'township', version: 1, title: '' })
    expect(stored).toEqual({
      sequence: 'township',
      version: 1,
      title: '',
      categories: [
        {
          title: '加强组织领导情况',
          items: [{ code: 'A1', title: '甲', max: 1250, standard: '', step: 50 }],
        },
      ],
      vetoes: [{ code: 'V1', text: '受到市级以上环境保护行政主管部门区域限批' }],
    })
    const back = readSheet(stored)
    expect(back.categories[0]?.items[0]).toMatchObject({ code: 'A1', max: '12.50', step: '0.50' })
    expect(back.vetoes).toBe('受到市级以上环境保护行政主管部门区域限批')
  })

  it('refuses a total other than 100.00 as a version, naming it and the difference', () => {
    expect(totalProblem(10000)).toEqual([])
    expect(totalProblem(10100)).toEqual([
      '合计 101.00 分，不等于 100.00 分（多 1.00 分），不能保存为正式版本；可先“存为草稿”',
    ])
    expect(totalProblem(9999)).toEqual([
      '合计 99.99 分，不等于 100.00 分（少 0.01 分），不能保存为正式版本；可先“存为草稿”',
    ])
  })
})
