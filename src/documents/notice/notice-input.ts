import {
  SEQUENCE_LABELS,
  computeResults,
  consequencesOf,
  formatPoints,
  type Sequence,
  type UnitResult,
  type YearPackage,
  type YearResults,
} from '../../domain'

/** One row of a ranking table in the 附件, in rank order. */
export interface RankedUnitRow {
  name: string
  total: string
  rank: string
  remark: string
}

export interface RankingBlock {
  sequence: Sequence
  label: string
  rows: RankedUnitRow[]
  advanced: string[]
  interviewed: string[]
  vetoed: string[]
}

/** What the office fills in the 文件输出 page; everything has a default. */
export interface NoticeOptions {
  /** 发文字号, e.g. 云委办发〔2027〕3号 */
  docNumber: string
  title: string
  recipients: string
  template: string
  /** 成文日期, ISO 'YYYY-MM-DD'. */
  date: string
  rectifyBy: string
  cc: string[]
  printDate: string
  /** The 印发 organ (the lead office by default). */
  printedBy: string
}

export function defaultNoticeOptions(pkg: YearPackage, template: string): NoticeOptions {
  const next = pkg.year + 1
  const short = pkg.settings.countyName.slice(0, 1)
  return {
    docNumber: `${short}委办发〔${next}〕1号`,
    title: `关于${pkg.year}年度生态环境保护工作责任考评结果的通报`,
    recipients: '各乡镇（街道）党（工）委和人民政府（办事处）、各园区管委会，县级各部门：',
    template,
    date: `${next}-01-15`,
    rectifyBy: `${next}年3月31日`,
    cc: ['县人大常委会办公室', '县政协办公室', '县纪委监委'],
    printDate: `${next}-01-15`,
    printedBy: pkg.settings.partyOffice,
  }
}

export function rankingBlocks(results: YearResults): RankingBlock[] {
  return results.sequences.map((s) => ({
    sequence: s.sequence,
    label: s.label || SEQUENCE_LABELS[s.sequence],
    rows: s.units.map(rowOf),
    advanced: s.units.filter((u) => u.advanced).map((u) => u.name),
    interviewed: s.units.filter((u) => u.interview).map((u) => u.name),
    vetoed: s.units.filter((u) => u.vetoed).map((u) => u.name),
  }))
}

function rowOf(u: UnitResult): RankedUnitRow {
  const remark = [
    u.advanced && '先进单位',
    consequencesOf(u).interviewed && '约谈',
    u.conflict && '先进与约谈重叠，待研究',
    u.vetoed && '一票否决',
  ].filter(Boolean)
  return {
    name: u.name,
    total: formatPoints(u.total),
    rank: `${u.rank}${u.tied ? '（并列）' : ''}`,
    remark: remark.join('、'),
  }
}

export function resultsOf(pkg: YearPackage): YearResults {
  return computeResults(pkg)
}
