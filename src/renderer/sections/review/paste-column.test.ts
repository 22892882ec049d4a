import { describe, expect, it } from 'vitest'
import { describePaste, pasteColumnValues, planPaste } from './paste-column'

const rules = [
  { code: 'A1', max: 500 },
  { code: 'A2', max: 1000, step: 100 },
  { code: 'A3', max: 300 },
]

describe('pasteColumnValues', () => {
  it('splits Excel (\\r\\n), WPS (\\n) and bare \\r rows and drops the final line break', () => {
    expect(pasteColumnValues('1\r\n2\r\n3\r\n')).toEqual(['1', '2', '3'])
    expect(pasteColumnValues('1\n2\n3')).toEqual(['1', '2', '3'])
    expect(pasteColumnValues('1\r2\r')).toEqual(['1', '2'])
  })

  it('takes the first column of a block with tabs and keeps empty rows in place', () => {
    expect(pasteColumnValues('4\t说明\n\t\n5\tx\n')).toEqual(['4', '', '5'])
  })

  it('reads a single value without a line break', () => {
    expect(pasteColumnValues('4.5')).toEqual(['4.5'])
  })
})

describe('planPaste', () => {
  it('keeps the good values, refuses each bad one with its reason, counts what is left over', () => {
    const plan = planPaste(['4', '12', '2', '1'], 0, rules)
    expect(plan.accepted).toEqual([
      { row: 0, code: 'A1', score: 400 },
      { row: 2, code: 'A3', score: 200 },
    ])
    expect(plan.refused).toEqual([
      { row: 1, code: 'A2', text: '12', message: 'A2：得分 12.00 超过满分 10.00' },
    ])
    expect(plan.leftOver).toBe(1)
    expect(describePaste(plan)).toBe('已粘贴 2 格，拒绝 1 格，超出最后一项 1 个数未使用')
  })

  it('starts at the focused row and skips empty lines', () => {
    const plan = planPaste(['', '9.5'], 1, rules)
    expect(plan.accepted).toEqual([])
    expect(plan.refused[0]?.message).toBe('A3：得分 9.50 超过满分 3.00')
    expect(planPaste(['9.5'], 1, rules).refused[0]?.message).toContain('步长 1.00')
    expect(planPaste(['8', ''], 1, rules).accepted).toEqual([{ row: 1, code: 'A2', score: 800 }])
  })
})
