/**
 * Every title the app prints for a year comes from here, so the 通报, its annexes, the 约谈名单,
 * the 考评评分表, the templates and the workbooks name the assessment the same way. The name is
 * the one the county's 办法 gives it (seed 003); the county is left out where the issuing organ
 * already stands above the title.
 */
export const ASSESSMENT_KIND = '环境保护党政同责工作目标绩效考评'

/** The year's own name without the county: 2026年度环境保护党政同责工作目标绩效考评. */
export function assessmentName(year: number): string {
  return `${year}年度${ASSESSMENT_KIND}`
}

/**
 * A year's title, always derived from its settings: renaming the county renames the year in
 * the header, the year list, file names and documents alike, because no second copy exists.
 */
export function yearTitle(year: number, countyName: string): string {
  return `${countyName}${assessmentName(year)}`
}

/** The titles of what the app prints or writes for one year. */
export const documentTitles = {
  notice: (year: number) => `关于${assessmentName(year)}结果的通报`,
  noticeAnnex: (year: number, sequenceLabel: string) =>
    `${assessmentName(year)}${sequenceLabel}得分及排名`,
  interviewList: (year: number) => `${assessmentName(year)}约谈名单`,
  scoreSheet: (year: number) => `${assessmentName(year)}评分表`,
  selfAssessment: (year: number) => `${assessmentName(year)}自查表`,
  fillGuide: (year: number) => `${assessmentName(year)}自查表填表说明`,
  results: (year: number, sequenceLabel: string) =>
    `${assessmentName(year)}结果（${sequenceLabel}）`,
} as const
