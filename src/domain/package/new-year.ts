import { defaultDepartmentCriteria, defaultTownshipCriteria } from '../criteria/default-criteria'
import { defaultYearSettings } from '../model/settings'
import { YEAR_PACKAGE_FORMAT, YEAR_PACKAGE_VERSION, type YearPackage } from '../model/year-package'

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
    title: `${countyName}${year}年度环境保护党政同责工作目标绩效考评`,
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
  }
}
