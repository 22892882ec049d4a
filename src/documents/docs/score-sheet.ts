import { formatPoints, type UnitResult, type YearPackage } from '../../domain'
import type { FontSet } from '../fonts/font-set'
import { txt } from '../layout/text'
import { SIZE, mm } from '../layout/units'
import { THIN_GRID } from '../notice/ranking-table'

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
  const size = 9
  const cell = (text: string, role: 'body' | 'hei' = 'body', alignment = 'center', extra = {}) =>
    txt(fonts, text, role, {
      fontSize: size,
      lineHeight: 1.1,
      characterSpacing: 0,
      alignment,
      ...extra,
    })
  const cols = 8 + reviewers.length
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
  const body: object[][] = [head.map((h) => cell(h, 'hei'))]
  sheet.categories.forEach((cat, ci) => {
    const sub = u.categories[ci]
    const label = `${cat.title}（小计 ${sub ? formatPoints(sub.score) : '—'} / ${sub ? formatPoints(sub.max) : '—'}）`
    body.push([
      cell(label, 'hei', 'left', { colSpan: cols, fillColor: '#f2f2f2' }),
      ...Array(cols - 1).fill({}),
    ])
    for (const item of cat.items) {
      const r = results.get(item.code)
      const self = selfOf.get(item.code)
      const reasons = [
        ...reviewers.map((rv) => scores.get(`${item.code}|${rv.id}`)?.reason ?? '').filter(Boolean),
        ...adjustments.filter((a) => a.itemCode === item.code).map((a) => `复核：${a.reason}`),
      ]
      body.push([
        cell(item.code),
        cell(item.title, 'body', 'left'),
        cell(formatPoints(item.max)),
        cell(self === undefined || self === null ? '—' : formatPoints(self)),
        ...reviewers.map((rv) => {
          const s = scores.get(`${item.code}|${rv.id}`)
          return cell(s ? formatPoints(s.score) : '—')
        }),
        cell(r ? formatPoints(r.review) : '—'),
        cell(r && r.adjustment !== 0 ? formatPoints(r.adjustment) : ''),
        cell(r ? formatPoints(r.final) : '—'),
        cell(reasons.join('；'), 'body', 'left'),
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
  return [
    txt(fonts, `${pkg.year}年度生态环境保护工作责任考评评分表`, 'title', {
      fontSize: 18,
      characterSpacing: 0,
      alignment: 'center',
      lineHeight: 1.2,
      ...(first ? {} : { pageBreak: 'before' }),
    }),
    txt(fonts, `被考评单位：${u.name}\u3000\u3000序列：${sheet.title || u.sequence}`, 'body', {
      fontSize: SIZE.wu,
      characterSpacing: 0,
      lineHeight: 1.4,
      margin: [0, 6, 0, 4],
    }),
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [30, '*', 30, 30, ...reviewers.map(() => 34), 38, 30, 38, 170],
        body,
      },
      layout: THIN_GRID,
    },
    txt(fonts, summary.join('；'), 'body', {
      fontSize: SIZE.wu,
      characterSpacing: 0,
      lineHeight: 1.4,
      margin: [0, 6, 0, 0],
    }),
    {
      unbreakable: true,
      margin: [0, 14, 0, 0],
      columns: [
        txt(fonts, '考评人（签字）：', 'body', { fontSize: SIZE.wu, characterSpacing: 0 }),
        txt(fonts, '被考评单位负责人签字（盖章）：', 'body', {
          fontSize: SIZE.wu,
          characterSpacing: 0,
        }),
        txt(fonts, '日期：\u3000\u3000年\u3000\u3000月\u3000\u3000日', 'body', {
          fontSize: SIZE.wu,
          characterSpacing: 0,
        }),
      ],
    },
  ]
}

export function scoreSheetDefinition(fonts: FontSet, pkg: YearPackage, units: UnitResult[]) {
  const hash = pkg.history[pkg.history.length - 1]?.hash ?? '（无操作历史）'
  const index = indexPackage(pkg)
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [mm(15), mm(15), mm(15), mm(18)],
    info: { title: `${pkg.year}年度考评评分表` },
    defaultStyle: { font: fonts.family('body'), fontSize: SIZE.wu },
    footer: (page: number, count: number) => ({
      margin: [mm(15), mm(6), mm(15), 0],
      columns: [
        { text: `历史记录哈希：${hash}`, font: fonts.family('body'), fontSize: 7 },
        {
          text: `第 ${page} 页 共 ${count} 页`,
          font: fonts.family('body'),
          fontSize: 8,
          alignment: 'right',
          width: 90,
        },
      ],
    }),
    content: units.flatMap((u, i) => scoreSheetContent(fonts, pkg, u, i === 0, index)),
  }
}
