import { describe, expect, it } from 'vitest'
import { buildYear, type UnitSpec } from '../testing/build-year'
import { computeResults } from './compute-results'
import { LEDGER_ACTIONS, ledgerActionsFor } from './ledger-actions'
import type { YearSettings } from '../model/settings'

function township(specs: UnitSpec[], settings: Partial<YearSettings> = {}) {
  const seq = computeResults(buildYear(specs, settings)).sequences[0]!
  return { seq, by: (name: string) => seq.units.find((u) => u.name === name)! }
}
const units = (...totals: number[]) => totals.map((total, i) => ({ name: `单位${i + 1}`, total }))
const names = (list: { name: string }[]) => list.map((u) => u.name)

describe('sizes 0 to 7', () => {
  const expected: [number, number, number, number][] = [
    // n, 先进 count, 约谈 count, conflicts
    [0, 0, 0, 0],
    [1, 0, 1, 0],
    [2, 0, 2, 0],
    [3, 0, 2, 1],
    [4, 1, 3, 0],
    [5, 1, 3, 0],
    [6, 2, 3, 0],
    [7, 2, 3, 0],
  ]
  for (const [n, adv, itv, conflicts] of expected) {
    it(`n = ${n}`, () => {
      const { seq } = township(units(...Array.from({ length: n }, (_, i) => 9000 - i * 100)))
      expect(seq.units.filter((u) => u.advanced)).toHaveLength(adv)
      expect(seq.units.filter((u) => u.interview)).toHaveLength(itv)
      expect(seq.units.filter((u) => u.conflict)).toHaveLength(conflicts)
      expect(seq.units.map((u) => u.rank)).toEqual(Array.from({ length: n }, (_, i) => i + 1))
      if (conflicts > 0) expect(seq.findings.join()).toContain('先进单位与约谈名单不能同时成立')
      if (n === 0) expect(seq.findings).toContain('乡镇（街道）和园区序列没有参加考评的单位。')
    })
  }
  it('rounding rule ceil gives 2 places for 4 units and reports the overlap', () => {
    const { seq } = township(units(9000, 8000, 7000, 6000), { advancedRounding: 'ceil' })
    expect(seq.advancedCount).toBe(2)
    expect(seq.units.map((u) => [u.advanced, u.interview, u.conflict])).toEqual([
      [true, false, false],
      [false, false, true],
      [false, true, false],
      [false, true, false],
    ])
  })
})

describe('ties', () => {
  it('all tied: one rank, every unit in both lists, reported as conflicts', () => {
    const { seq } = township(units(8000, 8000, 8000, 8000, 8000, 8000))
    expect(seq.units.every((u) => u.rank === 1 && u.tied)).toBe(true)
    expect(seq.units.every((u) => u.conflict && !u.advanced && !u.interview)).toBe(true)
  })
  it('all tied with ties all out: nobody in either list', () => {
    const { seq } = township(units(8000, 8000, 8000, 8000, 8000, 8000), { boundaryTies: 'allOut' })
    expect(seq.units.some((u) => u.advanced || u.interview || u.conflict)).toBe(false)
  })
  it('a tie straddling the 先进 line: all in by default, all out when set', () => {
    const specs = units(9500, 9000, 9000, 8000, 7000, 6000, 5000, 4000, 3000)
    // n = 9, 3 places: 9500, 9000, 9000 fit; make a straddle by a third unit at 9000
    specs[3] = { name: '单位4', total: 9000 }
    const allIn = township(specs).seq
    expect(names(allIn.units.filter((u) => u.advanced))).toEqual([
      '单位1',
      '单位2',
      '单位3',
      '单位4',
    ])
    expect(allIn.units.find((u) => u.name === '单位4')!.explanation.join()).toContain(
      '临界并列同等对待',
    )
    const allOut = township(specs, { boundaryTies: 'allOut' }).seq
    expect(names(allOut.units.filter((u) => u.advanced))).toEqual(['单位1'])
  })
  it('a tie straddling the 约谈 line: all in by default, all out when set', () => {
    const specs = units(9500, 9000, 8500, 8000, 7000, 7000, 6000)
    const allIn = township(specs).seq
    expect(names(allIn.units.filter((u) => u.interview))).toEqual(['单位5', '单位6', '单位7'])
    const straddle = units(9500, 9000, 8500, 8000, 7000, 7000, 7000, 6000)
    const s2 = township(straddle).seq
    expect(names(s2.units.filter((u) => u.interview))).toEqual(['单位5', '单位6', '单位7', '单位8'])
    const s3 = township(straddle, { boundaryTies: 'allOut' }).seq
    expect(names(s3.units.filter((u) => u.interview))).toEqual(['单位8'])
  })
  it('competition ranks 1, 2, 2, 4 and the 并列 sentence', () => {
    const { seq, by } = township(units(9000, 8000, 8000, 7000))
    expect(seq.units.map((u) => u.rank)).toEqual([1, 2, 2, 4])
    expect(by('单位2').explanation[1]).toBe(
      '在乡镇（街道）和园区序列 4 个单位中排第 2 名，与单位3并列（总分均为 80.00 分）。',
    )
  })
  it('tie-break by category scores when the year says so, naming the category', () => {
    // Same total 50: 单位1 more in 加强组织领导情况 (items 1.x), 单位2 more in 推动重点工作情况.
    const specs: UnitSpec[] = [
      { name: '单位1', items: { '1.1': [400], '2.1': [600] } },
      { name: '单位2', items: { '1.1': [300], '2.1': [700] } },
    ]
    const off = township(specs).seq
    expect(off.units.map((u) => u.rank)).toEqual([1, 1])
    const on = township(specs, { tieBreakByCategories: true })
    expect(on.seq.units.map((u) => [u.name, u.rank, u.tied])).toEqual([
      ['单位1', 1, false],
      ['单位2', 2, false],
    ])
    expect(on.by('单位2').explanation.join()).toContain(
      '与单位1总分相同（10.00 分），按一级指标“加强组织领导情况”得分（3.00 分对 4.00 分）排在其后。',
    )
  })
})

describe('veto', () => {
  const specs = (): UnitSpec[] => [
    { name: '甲', total: 9500, veto: true },
    ...units(9000, 8500, 8000, 7500, 7000).map((u, i) => ({ ...u, name: `乙${i + 1}` })),
  ]
  it('inside the top third, without 顺延: the place is lost', () => {
    const { seq, by } = township(specs())
    expect(by('甲').rank).toBe(1)
    expect(by('甲').advanced).toBe(false)
    expect(names(seq.units.filter((u) => u.advanced))).toEqual(['乙1'])
    expect(by('甲').explanation.join()).toContain('其名额不顺延')
    expect(by('甲').explanation.join()).toContain('受到市级以上环境保护行政主管部门区域限批')
  })
  it('inside the top third, with 顺延: the next unit moves up', () => {
    const { seq, by } = township(specs(), { advancedPassOn: true })
    expect(names(seq.units.filter((u) => u.advanced))).toEqual(['乙1', '乙2'])
    expect(by('甲').explanation.join()).toContain('顺延给下一名')
  })
  it('listed last when the year says so, and then interviewed', () => {
    const { seq, by } = township(specs(), { vetoedLast: true })
    expect(seq.units.at(-1)!.name).toBe('甲')
    expect(by('甲').rank).toBe(6)
    expect(by('甲').interview).toBe(true)
    expect(names(seq.units.filter((u) => u.advanced))).toEqual(['乙1', '乙2'])
  })
})

describe('margins and lines', () => {
  it('says how far a unit is from each line', () => {
    const { seq, by } = township(units(9000, 8950, 8000, 7000, 6000, 5000))
    expect(seq.advancedLine).toBe(8950)
    expect(seq.interviewLine).toBe(7000)
    expect(by('单位3').explanation).toContain(
      '未评为先进单位，距先进线 9.50 分（先进线 89.50 分）。',
    )
    expect(by('单位3').explanation).toContain(
      '不在约谈名单，高于约谈线 10.00 分（约谈线 70.00 分）。',
    )
    expect(by('单位2').explanation.join()).toContain('比先进线外最高的单位3（80.00 分）高 9.50 分')
    expect(by('单位4').explanation.join()).toContain(
      '比约谈名单外最低的单位3（80.00 分）低 10.00 分',
    )
  })
})

describe('ledger', () => {
  const cases: [string, UnitSpec['ledger'], string[]][] = [
    ['5', ['nationalFilmGeneral'], []],
    ['10', ['nationalFilmTypical'], ['warningLetter']],
    ['15', ['nationalFilmTypical', 'provincialInspectionTypical'], ['warningLetter']],
    [
      '20',
      ['nationalFilmTypical', 'centralInspectionTypical'],
      ['warningLetter', 'interviewDeputy'],
    ],
    [
      '30',
      [
        'nationalFilmTypical',
        'centralInspectionTypical',
        'nationalFilmGeneral',
        'provincialInspectionTypical',
      ],
      ['warningLetter', 'interviewDeputy', 'interviewPrincipal'],
    ],
  ]
  for (const [pts, ledger, actions] of cases) {
    it(`exactly ${pts} points`, () => {
      const { by } = township([{ name: '甲', total: 8000, ledger }])
      expect(by('甲').ledgerActions).toEqual(actions)
      expect(by('甲').ledgerPoints).toBe(Number(pts) * 100)
      expect(by('甲').total).toBe(8000)
    })
  }
  it('reaches each threshold at exactly its points, and shares its frozen answers', () => {
    for (const points of [0, 999, 1000, 1999, 2000, 2999, 3000, 12345]) {
      const expected = LEDGER_ACTIONS.filter((a) => points >= a.threshold).map((a) => a.code)
      expect(ledgerActionsFor(points)).toEqual(expected)
      expect(Object.isFrozen(ledgerActionsFor(points))).toBe(true)
    }
    expect(ledgerActionsFor(2500)).toBe(ledgerActionsFor(2000))
  })
  it('deducted from the total when the year says so, floored at 0', () => {
    const { by } = township(
      [
        { name: '甲', total: 8000, ledger: ['nationalFilmTypical', 'centralInspectionTypical'] },
        { name: '乙', total: 1500, ledger: ['nationalFilmTypical', 'centralInspectionTypical'] },
      ],
      { ledgerDeducted: true },
    )
    expect(by('甲').total).toBe(6000)
    expect(by('乙').total).toBe(0)
    expect(by('乙').explanation[0]).toContain('不足 0 分按 0 分计')
    expect(by('甲').explanation.join()).toContain('约谈分管负责同志')
  })
})
