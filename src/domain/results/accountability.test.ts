import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { PastRecords, checkAccountability, isAccountable } from './accountability'
import { buildYear } from '../testing/build-year'
import { computeResults } from './compute-results'

const past = (year: number, completed: boolean, unitName = '青山镇', unitId = '') => ({
  year,
  unitId,
  unitName,
  targetsCompleted: completed,
})

describe('第二十条 three years running', () => {
  it('flags a unit missing its targets this year and the two before', () => {
    const r = checkAccountability(2026, { id: 'u1', name: '青山镇' }, false, [
      past(2024, false),
      past(2025, false),
    ])
    expect(r).toEqual({ flagged: true, missedYears: [2024, 2025, 2026], unknownYears: [] })
  })
  it('does not flag when one of the years was completed or is unknown', () => {
    expect(
      checkAccountability(2026, { id: 'u1', name: '青山镇' }, false, [
        past(2024, true),
        past(2025, false),
      ]).flagged,
    ).toBe(false)
    expect(
      checkAccountability(2026, { id: 'u1', name: '青山镇' }, false, [past(2025, false)])
        .unknownYears,
    ).toEqual([2024])
    expect(
      checkAccountability(2026, { id: 'u1', name: '青山镇' }, true, [
        past(2024, false),
        past(2025, false),
      ]).flagged,
    ).toBe(false)
  })
  it('matches by id before name', () => {
    const r = checkAccountability(2026, { id: 'u1', name: '新名称' }, false, [
      past(2024, false, '旧名称', 'u1'),
      past(2025, false, '旧名称', 'u1'),
    ])
    expect(r.flagged).toBe(true)
  })
  it('reaches the results with a sentence from the recorded judgement, never from the score alone', () => {
    const pkg = buildYear([
      { name: '青山镇', total: 5500 },
      { name: '白水镇', total: 9000 },
      { name: '石门镇', total: 5000 },
    ])
    pkg.pastOutcomes = [
      past(2024, false),
      past(2025, false),
      past(2024, false, '白水镇'),
      past(2025, false, '白水镇'),
      past(2024, false, '石门镇'),
      past(2025, false, '石门镇'),
    ]
    const judge = (unitId: string, completed: boolean) => ({
      unitId,
      completed,
      reason: completed ? '按期完成' : '水源地整治未完成',
      at: '2026-12-30T00:00:00.000Z',
      by: '考评办',
    })
    // 白水镇 scored 90 but the office found its targets missed; 石门镇 scored 50, not recorded.
    pkg.targetJudgements = [judge('u1', false), judge('u2', false)]
    const units = computeResults(pkg).sequences[0]!.units
    const qs = units.find((u) => u.name === '青山镇')!
    expect(qs.accountability).toBe(true)
    expect(qs.explanation).toContain('考评办记录本年度未完成年度目标任务（水源地整治未完成）。')
    expect(qs.explanation.join()).toContain('连续 3 年（2024、2025、2026 年）未完成年度目标任务')
    expect(units.find((u) => u.name === '白水镇')!.accountability).toBe(true)
    const sm = units.find((u) => u.name === '石门镇')!
    expect(sm.accountability).toBe(false)
    expect(sm.explanation).toContain(
      '总分 50.00 分低于目标任务完成分数线 60.00 分，建议记为未完成年度目标任务（第二十条）；是否完成由考评办在“复核”中记录，未记录前不据此问责。',
    )
    pkg.targetJudgements = [judge('u1', true)]
    expect(
      computeResults(pkg).sequences[0]!.units.find((u) => u.name === '青山镇')!.accountability,
    ).toBe(false)
  })

  it('finds by index what a search through the list finds, and gives the same verdict', () => {
    const names = ['青山镇', '白水镇', '新名称']
    const recordArb = fc.record({
      year: fc.integer({ min: 2023, max: 2026 }),
      unitId: fc.constantFrom('', 'u1', 'u2'),
      unitName: fc.constantFrom(...names),
      targetsCompleted: fc.boolean(),
    })
    fc.assert(
      fc.property(
        fc.array(recordArb, { maxLength: 12 }),
        fc.constantFrom('', 'u1', 'u2', 'u3'),
        fc.constantFrom(...names),
        fc.boolean(),
        (past, id, name, completed) => {
          const unit = { id, name }
          const records = new PastRecords(past)
          for (const year of [2023, 2024, 2025, 2026]) {
            const ofYear = past.filter((p) => p.year === year)
            const searched =
              ofYear.find((p) => p.unitId !== '' && p.unitId === id) ??
              ofYear.find((p) => p.unitName === name)
            expect(records.find(year, unit)).toBe(searched)
          }
          const check = checkAccountability(2026, unit, completed, past)
          expect(isAccountable(2026, unit, completed, records)).toBe(check.flagged)
        },
      ),
      { numRuns: 300 },
    )
  })
})
