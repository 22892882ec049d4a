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
    ['说明：只填写“审核得分”“评分理由”两列；审核得分与自评得分不同时必须写明理由。'],
    REVIEW_COLUMN_ORDER.map((k) => REVIEW_HEADERS[k]),
  ]
  for (const unit of units) {
    const sub = latest(pkg, unit.id)
    const selfByCode = new Map(sub?.items.map((i) => [i.code, i]) ?? [])
    for (const item of criteriaItems(pkg.criteria[unit.sequence])) {
      const given = pkg.scores.find(
        (s) => s.unitId === unit.id && s.reviewerId === reviewer.id && s.itemCode === item.code,
      )
      const self = selfByCode.get(item.code)
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
  return [
    {
      name: REVIEW_SHEET,
      rows,
      widths: REVIEW_WIDTHS,
      merges: [0, 1].map((r) => ({ s: { r, c: 0 }, e: { r, c: width - 1 } })),
      headerRows: 3,
      titleRows: 1,
      wrapColumns: [1, 3, 6, 8],
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
