/**
 * A reviewer's score sheet: the assigned units and items with the self scores shown, and
 * columns for the reviewer's score and reason. Scores already given are filled in, so a
 * reviewer can continue on another PC.
 */
import {
  criteriaItems,
  formatPoints,
  type Reviewer,
  type Submission,
  type YearPackage,
} from '../../domain'
import { criteriaFingerprint } from '../self-assessment/layout'
import { scoreValidations } from '../write/form-parts'
import type { OutValue } from '../write/safe-cells'
import { buildBook, type SheetSpec } from '../write/sheet-builder'
import { writeWorkbook } from '../write/polish'
import {
  REVIEW_COLUMN_ORDER,
  REVIEW_FORMAT,
  REVIEW_HEADERS,
  REVIEW_META_KEYS,
  REVIEW_META_SHEET,
  REVIEW_SHEET,
  REVIEW_WIDTHS,
} from './layout'

const REVIEW_NOTES = [
  '填写说明',
  '1．只在浅黄色单元格中填写“审核得分”和“评分理由”；其余单元格已锁定（未设密码，只防误改）。',
  '2．审核得分填 0 至该项满分之间的数，最多两位小数，并按扣分步长扣减；与自评得分不同时必须填写评分理由。',
  '3．不要修改工作表名称，不要插入、删除、移动或合并行列，不要删除隐藏的“考评通信息”工作表，否则无法导入。',
  '4．尚未评分的项目可以留空，导入时不改变已有的评分；填好后保存为 .xlsx 交回考评办导入。',
]

const num = (p: number | null | undefined) =>
  p === null || p === undefined ? null : Number(formatPoints(p))

function latest(pkg: YearPackage, unitId: string): Submission | undefined {
  return pkg.submissions
    .filter((s) => s.unitId === unitId)
    .reduce<Submission | undefined>((a, b) => (!a || b.version > a.version ? b : a), undefined)
}

export function reviewerSheetSpecs(
  pkg: YearPackage,
  reviewer: Reviewer,
  unitIds?: string[],
): SheetSpec[] {
  const units = pkg.units.filter((u) => !u.retired && (!unitIds || unitIds.includes(u.id)))
  const rows: OutValue[][] = [
    [`${pkg.year}年度考评审核评分表（评分人：${reviewer.name}）`],
    [
      '只在浅黄色单元格中填写“审核得分”“评分理由”；审核得分与自评得分不同时必须写明理由。详见表末“填写说明”。',
    ],
    REVIEW_COLUMN_ORDER.map((k) => REVIEW_HEADERS[k]),
  ]
  const itemRows: number[] = []
  const scoreCells: { cell: string; max: number; step?: number }[] = []
  const scoreLetter = String.fromCharCode(65 + REVIEW_COLUMN_ORDER.indexOf('score'))
  for (const unit of units) {
    const sub = latest(pkg, unit.id)
    const selfByCode = new Map(sub?.items.map((i) => [i.code, i]) ?? [])
    for (const item of criteriaItems(pkg.criteria[unit.sequence])) {
      const given = pkg.scores.find(
        (s) => s.unitId === unit.id && s.reviewerId === reviewer.id && s.itemCode === item.code,
      )
      const self = selfByCode.get(item.code)
      itemRows.push(rows.length)
      scoreCells.push({ cell: `${scoreLetter}${rows.length + 1}`, max: item.max, step: item.step })
      rows.push([
        unit.id,
        unit.name,
        item.code,
        item.title,
        num(item.max),
        num(self?.score),
        self?.explanation ?? null,
        num(given?.score),
        given?.reason ?? null,
      ])
    }
  }
  const meta: OutValue[][] = [
    [REVIEW_META_KEYS.format, REVIEW_FORMAT],
    [REVIEW_META_KEYS.year, pkg.year],
    [REVIEW_META_KEYS.reviewerId, reviewer.id],
    [REVIEW_META_KEYS.reviewerName, reviewer.name],
    [REVIEW_META_KEYS.township, criteriaFingerprint(pkg.criteria.township)],
    [REVIEW_META_KEYS.department, criteriaFingerprint(pkg.criteria.department)],
  ]
  const width = REVIEW_COLUMN_ORDER.length
  const notesFrom = rows.length
  rows.push(
    [],
    [
      `评分人（签字）：＿＿＿＿＿＿＿＿＿＿\u3000\u3000\u3000评分日期：\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日`,
    ],
    [],
    ...REVIEW_NOTES.map((l) => [l]),
  )
  const merges = [0, 1].map((r) => ({ s: { r, c: 0 }, e: { r, c: width - 1 } }))
  for (let r = notesFrom; r < rows.length; r++) {
    if (rows[r]!.length) merges.push({ s: { r, c: 0 }, e: { r, c: width - 1 } })
  }
  const column = (k: (typeof REVIEW_COLUMN_ORDER)[number]) => REVIEW_COLUMN_ORDER.indexOf(k)
  return [
    {
      name: REVIEW_SHEET,
      rows,
      widths: REVIEW_WIDTHS,
      merges,
      headerRows: 3,
      titleRows: 1,
      wrapColumns: [1, 3, 6, 8],
      pointColumns: [column('self'), column('score')],
      inputs: { rows: itemRows, cols: [column('score'), column('reason')] },
      notesFrom,
      validations: scoreValidations(scoreCells, '审核得分'),
      protect: true,
      pageHeader: `评分人：${reviewer.name}\u3000${pkg.year}年度审核评分表`,
    },
    { name: REVIEW_META_SHEET, rows: meta, widths: [16, 30], headerRows: 0, hidden: true },
  ]
}

export function writeReviewerSheet(
  pkg: YearPackage,
  reviewer: Reviewer,
  unitIds?: string[],
): Uint8Array {
  const specs = reviewerSheetSpecs(pkg, reviewer, unitIds)
  return writeWorkbook(buildBook(specs).wb, specs)
}
