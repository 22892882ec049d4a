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
  it('reaches the results with a sentence, below the target line', () => {
    const pkg = buildYear([
      { name: '青山镇', total: 5500 },
      { name: '白水镇', total: 9000 },
    ])
    pkg.pastOutcomes = [
      past(2024, false),
      past(2025, false),
      past(2024, false, '白水镇'),
      past(2025, false, '白水镇'),
    ]
    const units = computeResults(pkg).sequences[0]!.units
    const qs = units.find((u) => u.name === '青山镇')!
    expect(qs.accountability).toBe(true)
    expect(qs.explanation.join()).toContain('连续 3 年（2024、2025、2026 年）未完成年度目标任务')
    expect(units.find((u) => u.name === '白水镇')!.accountability).toBe(false)
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
