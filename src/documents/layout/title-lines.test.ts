import { describe, expect, it } from 'vitest'
import { balanceTitle } from './title-lines'

describe('balanceTitle', () => {
  it('keeps a short title on one line', () => {
    expect(balanceTitle('关于表彰的通报')).toEqual(['关于表彰的通报'])
  })

  it('breaks at a meaning boundary into near-equal lines, never a line plus an orphan', () => {
    const lines = balanceTitle('关于2026年度生态环境保护工作责任考评结果的通报')
    expect(lines).toEqual(['关于2026年度生态环境保护', '工作责任考评结果的通报'])
    const lens = lines.map((l) => [...l].length)
    expect(Math.abs(lens[0]! - lens[1]!)).toBeLessThanOrEqual(3)
  })

  it('uses three lines for a very long title, none over the limit', () => {
    const title =
      '中共云溪县委办公室云溪县人民政府办公室关于2026年度生态环境保护工作责任考评结果的通报'
    const lines = balanceTitle(title)
    expect(lines.join('')).toBe(title)
    expect(lines.length).toBe(3)
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(20)
  })
})
