import { defaultDepartmentCriteria, defaultTownshipCriteria } from '../criteria/default-criteria'
import { defaultYearSettings } from '../model/settings'
import { YEAR_PACKAGE_FORMAT, YEAR_PACKAGE_VERSION, type YearPackage } from '../model/year-package'
import { yearTitle } from './titles'

/**
 * The assessment year a new year should start as on `today`: the year's assessment is done in
 * its first months of the next year, so January–March proposes the year just ended, later
 * months the current one. Never earlier than that; after the newest existing year when that
 * one is already there.
 */
export function proposedAssessmentYear(today: Date, existingYears: readonly number[] = []): number {
  const implied = today.getMonth() < 3 ? today.getFullYear() - 1 : today.getFullYear()
  const newest = Math.max(-Infinity, ...existingYears)
  return newest >= implied ? newest + 1 : implied
}

/** A year with default settings and criteria and nothing else yet: the start of 新建年度. */
export function emptyYearPackage(
  year: number,
  countyName = 'XX县',
  at = `${year}-01-01T00:00:00.000Z`,
): YearPackage {
  return {
    format: YEAR_PACKAGE_FORMAT,
    formatVersion: YEAR_PACKAGE_VERSION,
    year,
    title: yearTitle(year, countyName),
    exportedAt: at,
    settings: defaultYearSettings(countyName),
    units: [],
    criteria: { township: defaultTownshipCriteria(), department: defaultDepartmentCriteria() },
    submissions: [],
    reviewers: [],
    scores: [],
    adjustments: [],
    ledger: [],
    approval: { locked: false, approvedBy: null, approvedAt: null, events: [] },
    history: [],
    pastOutcomes: [],
    targetJudgements: [],
    criteriaDrafts: [],
  }
}
