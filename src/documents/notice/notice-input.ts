import {
  SEQUENCE_LABELS,
  computeResults,
  consequencesOf,
  documentTitles,
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
  /** The last three (第十八条). */
  interviewed: string[]
  /**
   * Units summoned for their problem ledger (seed 004 第二十二条), in rank order: at 20 points
   * the 分管负责同志, at 30 also the 主要负责同志 (`principal`).
   */
  ledgerInterviewed: { name: string; principal: boolean }[]
  vetoed: string[]
  /** Each vetoed unit with the conditions met, for the 通报's sentence. */
  vetoes: { name: string; reasons: readonly string[] }[]
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
  /**
   * 署名 as issued (GB/T 9704 7.3.5): `sealed` — the two offices side by side, each centred
   * under its seal, the date four characters from the right; `unsealed` (drafts) — names
   * stacked two characters from the right. Here, not in the year settings: it is a choice of
   * how this printing is signed, and changes no result.
   */
  signature: SignatureLayout
  /** The office's 办法 the notice cites, e.g. 《云溪县…实施细则》 without the brackets. */
  rulesName: string
  /** Its 文号, e.g. 云委办发〔2024〕5号; empty leaves it out of the text. */
  rulesDocNumber: string
}

export const SIGNATURE_LAYOUTS = ['sealed', 'unsealed'] as const
export type SignatureLayout = (typeof SIGNATURE_LAYOUTS)[number]
export const SIGNATURE_LAYOUT_LABELS: Record<SignatureLayout, string> = {
  sealed: '加盖印章（两机关并排）',
  unsealed: '不加盖印章（上下排列）',
}

export function defaultNoticeOptions(pkg: YearPackage, template: string): NoticeOptions {
  const next = pkg.year + 1
  const short = pkg.settings.countyName.slice(0, 1)
  return {
    docNumber: `${short}委办发〔${next}〕1号`,
    title: documentTitles.notice(pkg.year),
    recipients: '各乡镇（街道）党（工）委和人民政府（办事处）、各园区管委会，县级各部门：',
    template,
    date: `${next}-01-15`,
    rectifyBy: `${next}年3月31日`,
    cc: ['县人大常委会办公室', '县政协办公室', '县纪委监委'],
    printDate: `${next}-01-15`,
    printedBy: pkg.settings.partyOffice,
    signature: 'sealed',
    rulesName: `${pkg.settings.countyName}环境保护党政同责工作目标绩效管理实施细则`,
    rulesDocNumber: '',
  }
}

export function rankingBlocks(results: YearResults): RankingBlock[] {
  return results.sequences.map((s) => ({
    sequence: s.sequence,
    label: s.label || SEQUENCE_LABELS[s.sequence],
    rows: s.units.map(rowOf),
    advanced: s.units.filter((u) => u.advanced).map((u) => u.name),
    interviewed: s.units.filter((u) => u.interview).map((u) => u.name),
    ledgerInterviewed: s.units.flatMap((u) => {
      const ledger = consequencesOf(u).grounds.find((g) => g.kind === 'ledger')
      return ledger ? [{ name: u.name, principal: ledger.roles.includes('chief') }] : []
    }),
    vetoed: s.units.filter((u) => u.vetoed).map((u) => u.name),
    vetoes: s.units.filter((u) => u.vetoed).map((u) => ({ name: u.name, reasons: u.vetoReasons })),
  }))
}

function rowOf(u: UnitResult): RankedUnitRow {
  // A vetoed unit keeps its rank and reads 一票否决 first, never 先进单位 (第九条).
  const remark = [
    u.vetoed && '一票否决',
    u.advanced && !u.vetoed && '先进单位',
    consequencesOf(u).interviewed && '约谈',
    u.conflict && '先进与约谈重叠，待研究',
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
