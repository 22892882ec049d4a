import { describe, expect, it } from 'vitest'
import { emptyYearPackage, proposedAssessmentYear } from './new-year'
import { yearTitle } from './titles'

const on = (iso: string) => new Date(`${iso}T10:00:00`)

describe('proposedAssessmentYear', () => {
  it('proposes the year just ended in January–March and the current year from April', () => {
    expect(proposedAssessmentYear(on('2026-12-07'))).toBe(2026)
    expect(proposedAssessmentYear(on('2027-01-01'))).toBe(2026)
    expect(proposedAssessmentYear(on('2027-03-31'))).toBe(2026)
    expect(proposedAssessmentYear(on('2027-04-01'))).toBe(2027)
    expect(proposedAssessmentYear(on('2026-07-15'))).toBe(2026)
  })

  it('never proposes an earlier year than the date implies, and follows the newest year kept', () => {
    expect(proposedAssessmentYear(on('2026-12-07'), [2024, 2025])).toBe(2026)
    expect(proposedAssessmentYear(on('2026-12-07'), [2026, 2025])).toBe(2027)
    expect(proposedAssessmentYear(on('2027-02-10'), [2025])).toBe(2026)
  })
})

describe('yearTitle', () => {
  it('names the county and the year, as the package of a new year does', () => {
    expect(yearTitle(2026, '青山县')).toBe('青山县2026年度环境保护党政同责工作目标绩效考评')
    expect(emptyYearPackage(2026, '青山县').title).toBe(yearTitle(2026, '青山县'))
  })
})
