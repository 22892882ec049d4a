import {
  SEQUENCE_LABELS,
  documentTitles,
  formatPoints,
  type UnitResult,
  type YearPackage,
} from '../../domain'
import { plainPoints } from '../layout/plain-points'
import type { FontSet } from '../fonts/font-set'
import { SIZE, mm } from '../layout/units'
import { columnWidths } from '../layout/wrap'
import { THIN_GRID } from '../notice/ranking-table'
import { partPages } from '../layout/part-pages'

const MARGIN = mm(15)
/** Landscape A4 (pdfmake's 841.89 pt) less the side margins. */
const SHEET_WIDTH = 841.89 - MARGIN - MARGIN
const SHEET_GRID = { vLine: 0.5, paddingLeft: 4, paddingRight: 4 }

type Pkg = YearPackage
export interface PackageIndex {
  scores: Map<string, Pkg['scores']>
  /** The latest submission of each unit. */
  submissions: Map<string, Pkg['submissions'][number]>
  adjustments: Map<string, Pkg['adjustments']>
}

/** Per-unit lookups built once: a sheet per unit must not scan every score of the year. */
export function indexPackage(pkg: YearPackage): PackageIndex {
  const group = <T extends { unitId: string }>(xs: T[]) => {
    const m = new Map<string, T[]>()
    for (const x of xs) {
      const list = m.get(x.unitId)
      if (list) list.push(x)
      else m.set(x.unitId, [x])
    }
    return m
  }
  const submissions = new Map<string, Pkg['submissions'][number]>()
  for (const s of pkg.submissions) {
    const seen = submissions.get(s.unitId)
    if (!seen || s.version > seen.version) submissions.set(s.unitId, s)
  }
  return {
    scores: group(pkg.scores),
    submissions,
    adjustments: group(pkg.adjustments.filter((a) => !a.removed)),
  }
}

/**
 * 考评评分表 of one unit: every item with its max, self score, each reviewer's score, the
 * aggregate, adjustments, final and reasons; category subtotals; signature lines. Not a 公文:
 * landscape A4, no 版头. The footer carries the latest history hash, so a printed sheet can be
 * matched to the record later.
 */
export function scoreSheetContent(
  fonts: FontSet,
  pkg: YearPackage,
  u: UnitResult,
  first: boolean,
  index: PackageIndex = indexPackage(pkg),
) {
  const sheet = pkg.criteria[u.sequence]
  const unitScores = index.scores.get(u.unitId) ?? []
  const reviewers = pkg.reviewers.filter((r) => unitScores.some((s) => s.reviewerId === r.id))
  const scores = new Map(unitScores.map((s) => [`${s.itemCode}|${s.reviewerId}`, s]))
  const submission = index.submissions.get(u.unitId)
  const selfOf = new Map(submission?.items.map((i) => [i.code, i.score]) ?? [])
  const adjustments = index.adjustments.get(u.unitId) ?? []
  const results = new Map(u.items.map((i) => [i.code, i]))
  const cols = 8 + reviewers.length
  // Up to 7 reviewers: their columns and the reasons narrow a little so that 考评内容 keeps
  // room for a readable line (about ten characters at 9 pt).
  const many = Math.max(0, reviewers.length - 3)
  const widths = [
    30,
    '*',
    30,
    30,
    ...reviewers.map(() => 34 - Math.min(many, 4)),
    38,
    30,
    38,
    170 - 12 * Math.min(many, 4),
  ] as const
  const grid = columnWidths(widths, SHEET_WIDTH, SHEET_GRID)
  /** Column `col`'s cell (or `span` columns from it), pre-broken into lines for its width. */
  const cell = (
    text: string,
    col: number,
    role: 'body' | 'hei' = 'body',
    alignment = 'center',
    extra: Record<string, unknown> = {},
    span = 1,
  ) =>
    fonts.wrapped(
      text,
      role,
      { fontSize: 9, lineHeight: 1.1, alignment, ...extra },
      grid.span(col, span),
    )
  const head = [
    '编号',
    '考评内容',
    '满分',
    '自评',
    ...reviewers.map((r) => r.name),
    '审核得分',
    '调整',
    '最终得分',
    '扣分理由',
  ]
  const sequence = SEQUENCE_LABELS[u.sequence]
  // Repeated on every page with the column heads: a loose page still names its unit.
  const unitRow = [
    cell(
      `被考评单位：${u.name}\u3000\u3000序列：${sequence}`,
      0,
      'hei',
      'left',
      { colSpan: cols },
      cols,
    ),
    ...Array(cols - 1).fill({}),
  ]
  const body: object[][] = [unitRow, head.map((h, i) => cell(h, i, 'hei'))]
  sheet.categories.forEach((cat, ci) => {
    const sub = u.categories[ci]
    const label = `${cat.title}（小计 ${sub ? formatPoints(sub.score) : '—'} / ${sub ? formatPoints(sub.max) : '—'}）`
    body.push([
      cell(label, 0, 'hei', 'left', { colSpan: cols, fillColor: '#f2f2f2' }, cols),
      ...Array(cols - 1).fill({}),
    ])
    for (const item of cat.items) {
      const r = results.get(item.code)
      const self = selfOf.get(item.code)
      const reasons = [
        ...sameReasons(reviewers, (rv) => scores.get(`${item.code}|${rv.id}`)?.reason ?? ''),
        ...adjustments.filter((a) => a.itemCode === item.code).map((a) => `复核：${a.reason}`),
      ]
      const n = reviewers.length
      body.push([
        cell(item.code, 0),
        cell(item.title, 1, 'body', 'left'),
        cell(plainPoints(item.max), 2),
        cell(self === undefined || self === null ? '—' : formatPoints(self), 3),
        ...reviewers.map((rv, i) => {
          const s = scores.get(`${item.code}|${rv.id}`)
          return cell(s ? formatPoints(s.score) : '—', 4 + i)
        }),
        cell(r ? formatPoints(r.review) : '—', 4 + n),
        cell(r && r.adjustment !== 0 ? formatPoints(r.adjustment) : '', 5 + n),
        cell(r ? formatPoints(r.final) : '—', 6 + n),
        cell(reasons.join('；'), 7 + n, 'body', 'left'),
      ])
    }
  })
  const totalAdj = adjustments.filter((a) => a.itemCode === null)
  const summary = [
    `指标得分合计 ${formatPoints(u.itemsTotal)}`,
    u.totalAdjustment !== 0 &&
      `总分调整 ${formatPoints(u.totalAdjustment)}（${totalAdj.map((a) => a.reason).join('；')}）`,
    u.ledgerDeduction !== 0 && `问题台账扣减 ${formatPoints(u.ledgerDeduction)}`,
    `最终得分 ${formatPoints(u.total)}`,
    `序列排名 第${u.rank}名${u.tied ? '（并列）' : ''}`,
    u.vetoed && `一票否决：${u.vetoReasons.join('；')}`,
  ].filter((x): x is string => typeof x === 'string')
  const line = (text: string, style: Record<string, unknown>, role: 'title' | 'body' = 'body') =>
    fonts.wrapped(text, role, style, SHEET_WIDTH)
  const small = { fontSize: SIZE.wu }
  return [
    line(
      documentTitles.scoreSheet(pkg.year),
      {
        fontSize: 18,
        alignment: 'center',
        lineHeight: 1.2,
        ...(first ? {} : { pageBreak: 'before' }),
      },
      'title',
    ),
    line(sheet.title, { ...small, alignment: 'center', lineHeight: 1.4, margin: [0, 2, 0, 4] }),
    {
      table: { headerRows: 2, dontBreakRows: true, widths, body },
      layout: THIN_GRID,
    },
    // The totals and the signatures stay together, and name the unit: a signature row never
    // stands alone on a page nor without the unit it signs for.
    {
      unbreakable: true,
      stack: [
        line(summary.join('；'), { ...small, lineHeight: 1.4, margin: [0, 6, 0, 0] }),
        line(`被考评单位：${u.name}`, { ...small, lineHeight: 1.4, margin: [0, 10, 0, 0] }),
        {
          margin: [0, 4, 0, 0],
          columns: [
            '考评人（签字）：',
            '被考评单位负责人签字（盖章）：',
            '日期：\u3000\u3000年\u3000\u3000月\u3000\u3000日',
          ].map((t) => fonts.wrapped(t, 'body', small, SHEET_WIDTH / 3)),
        },
      ],
    },
  ]
}

/**
 * Reasons of several reviewers that read the same are printed once, with their names:
 * `评分人1、评分人2：理由`; a reason only one reviewer gave stands alone as before.
 */
function sameReasons<R extends { name: string }>(reviewers: R[], reasonOf: (r: R) => string) {
  const by = new Map<string, string[]>()
  for (const r of reviewers) {
    const reason = reasonOf(r).trim()
    if (!reason) continue
    const names = by.get(reason)
    if (names) names.push(r.name)
    else by.set(reason, [r.name])
  }
  return [...by].map(([reason, names]) =>
    names.length > 1 ? `${names.join('、')}：${reason}` : reason,
  )
}

export function scoreSheetDefinition(fonts: FontSet, pkg: YearPackage, units: UnitResult[]) {
  const hash = pkg.history[pkg.history.length - 1]?.hash ?? '（无操作历史）'
  const index = indexPackage(pkg)
  const sheets = units.map((u, i) => scoreSheetContent(fonts, pkg, u, i === 0, index))
  // Each unit's pages are numbered on their own (第 1 页 共 n 页), in one file as in its own:
  // the footer finds the unit from where its title was placed (see partPages).
  const unitPages = partPages(sheets.map((sheet) => sheet[0]!))
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [MARGIN, MARGIN, MARGIN, mm(18)],
    info: { title: `${pkg.year}年度考评评分表` },
    defaultStyle: { font: fonts.family('body'), fontSize: SIZE.wu },
    // Laid out on every one of a few hundred pages: pre-broken like the table cells.
    footer: (filePage: number, fileCount: number) => {
      const { page, count } = unitPages(filePage, fileCount)
      return {
        margin: [MARGIN, mm(6), MARGIN, 0],
        columns: [
          fonts.wrapped(
            `数据校验码（核对打印件与系统存储数据是否一致用）：${hash}`,
            'body',
            { fontSize: 7 },
            SHEET_WIDTH - 90,
          ),
          fonts.wrapped(
            `第 ${page} 页 共 ${count} 页`,
            'body',
            { fontSize: 8, alignment: 'right', width: 90 },
            90,
          ),
        ],
      }
    },
    content: sheets.flat(),
  }
}
