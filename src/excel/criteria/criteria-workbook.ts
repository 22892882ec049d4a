/** A sequence's criteria (考评细则) as Excel, both ways; imports are checked by validateCriteria. */
import {
  formatPoints,
  parsePoints,
  SEQUENCE_LABELS,
  validateCriteria,
  type CriteriaCategory,
  type CriteriaSheet,
  type Sequence,
} from '../../domain'
import { ProblemList, type ImportProblem } from '../report'
import { openWorkbook } from '../safe-read/read-workbook'
import { cellAddress, cellText, readGrid } from '../safe-read/sheet-grid'
import { findHeaderRow } from '../self-assessment/header-map'
import type { OutValue } from '../write/safe-cells'
import { buildBook, type SheetSpec } from '../write/sheet-builder'
import { writeWorkbook } from '../write/polish'

export const CRITERIA_SHEET = '考评细则'
export const CRITERIA_VETO_SHEET = '一票否决情形'
export const CRITERIA_HEADERS = {
  category: '一级指标',
  code: '指标编号',
  title: '考评内容',
  max: '满分',
  step: '扣分步长',
  standard: '评分标准',
} as const
const ORDER = Object.keys(CRITERIA_HEADERS) as (keyof typeof CRITERIA_HEADERS)[]

export function writeCriteriaWorkbook(sheet: CriteriaSheet, year: number): Uint8Array {
  const rows: OutValue[][] = [
    [`${year}年度考评细则（${SEQUENCE_LABELS[sheet.sequence]}）`],
    ORDER.map((k) => CRITERIA_HEADERS[k]),
  ]
  for (const c of sheet.categories) {
    for (const i of c.items) {
      rows.push([
        c.title,
        i.code,
        i.title,
        Number(formatPoints(i.max)),
        i.step ? Number(formatPoints(i.step)) : null,
        i.standard,
      ])
    }
  }
  const vetoRows: OutValue[][] = [
    ['一票否决情形'],
    ['编号', '情形'],
    ...sheet.vetoes.map((v) => [v.code, v.text]),
  ]
  const specs: SheetSpec[] = [
    {
      name: CRITERIA_SHEET,
      rows,
      widths: [14, 6, 36, 5, 6, 45],
      merges: [{ s: { r: 0, c: 0 }, e: { r: 0, c: ORDER.length - 1 } }],
      headerRows: 2,
      titleRows: 1,
      wrapColumns: [0, 2, 5],
      pageHeader: `${year}年度考评细则（${SEQUENCE_LABELS[sheet.sequence]}）`,
    },
    {
      name: CRITERIA_VETO_SHEET,
      rows: vetoRows,
      widths: [8, 100],
      headerRows: 2,
      titleRows: 1,
      wrapColumns: [1],
      pageHeader: `${year}年度考评细则（${SEQUENCE_LABELS[sheet.sequence]}）`,
    },
  ]
  return writeWorkbook(buildBook(specs).wb, specs)
}

export type CriteriaImport =
  | { ok: true; sheet: CriteriaSheet; problems: ImportProblem[] }
  | { ok: false; problems: ImportProblem[] }

/** Reads a criteria file for a sequence; the sheet must pass validateCriteria (sum exactly 100 …). */
export function readCriteriaWorkbook(
  file: { name: string; data: Uint8Array },
  sequence: Sequence,
  version: number,
): CriteriaImport {
  const problems = new ProblemList(file.name)
  const opened = openWorkbook(file.data)
  if (!opened.ok) {
    problems.error(opened.reason)
    return { ok: false, problems: problems.items }
  }
  const ws = opened.workbook.sheet(CRITERIA_SHEET)
  if (!ws) {
    problems.error(`找不到工作表“${CRITERIA_SHEET}”`)
    return { ok: false, problems: problems.items }
  }
  const grid = readGrid(ws)
  const header = findHeaderRow(grid, CRITERIA_HEADERS, 'code')
  const col = header?.columns
  if (
    !header ||
    !col ||
    col.code === undefined ||
    col.max === undefined ||
    col.category === undefined
  ) {
    problems.error('找不到表头（一级指标、指标编号、满分）', CRITERIA_SHEET)
    return { ok: false, problems: problems.items }
  }
  const categories: CriteriaCategory[] = []
  for (let r = header.row + 1; r < grid.rows; r++) {
    const code = cellText(grid.at(r, col.code))
    if (!code) continue
    const categoryTitle = cellText(grid.at(r, col.category)) || categories.at(-1)?.title || ''
    const max = parsePoints(
      grid.at(r, col.max) === null ? '' : (grid.at(r, col.max) as string | number),
      '满分',
    )
    if (!max.ok) {
      problems.error(max.error.message, CRITERIA_SHEET, cellAddress(r, col.max))
      continue
    }
    const stepRaw = col.step === undefined ? null : grid.at(r, col.step)
    let step: number | undefined
    if (stepRaw !== null && cellText(stepRaw) !== '') {
      const s = parsePoints(typeof stepRaw === 'boolean' ? '' : stepRaw, '扣分步长')
      if (!s.ok) {
        problems.error(s.error.message, CRITERIA_SHEET, cellAddress(r, col.step!))
        continue
      }
      step = s.value
    }
    let category = categories.find((c) => c.title === categoryTitle)
    if (!category) {
      category = { title: categoryTitle, items: [] }
      categories.push(category)
    }
    category.items.push({
      code,
      title: col.title === undefined ? '' : cellText(grid.at(r, col.title)),
      max: max.value,
      standard: col.standard === undefined ? '' : cellText(grid.at(r, col.standard)),
      ...(step === undefined ? {} : { step }),
    })
  }
  const vetoWs = opened.workbook.sheet(CRITERIA_VETO_SHEET)
  const vetoes: CriteriaSheet['vetoes'] = []
  if (vetoWs) {
    const g = readGrid(vetoWs)
    for (let r = 2; r < g.rows; r++) {
      const code = cellText(g.at(r, 0))
      const text = cellText(g.at(r, 1))
      if (code && text) vetoes.push({ code, text })
    }
  }
  const sheet: CriteriaSheet = {
    sequence,
    version,
    title: `${SEQUENCE_LABELS[sequence]}考评细则`,
    categories,
    vetoes,
  }
  for (const message of validateCriteria(sheet)) problems.error(message, CRITERIA_SHEET)
  if (problems.hasErrors) return { ok: false, problems: problems.items }
  return { ok: true, sheet, problems: problems.items }
}
