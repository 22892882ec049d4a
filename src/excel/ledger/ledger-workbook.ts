/**
 * 问题台账 (seed 004 第二十一条) as Excel: a template the office fills from the 通报 and 警示片,
 * and its import. Every row is checked before anything is stored: the unit must be in the
 * roster, the kind one of the four, the points (if filled) what the rule sets for that kind,
 * the date a real day and the source document named. The store writes the rows as one.
 */
import {
  isCalendarDay,
  LEDGER_KIND_INFO,
  LEDGER_KINDS,
  formatPoints,
  type LedgerKind,
} from '../../domain'
import { FORMULA_WITHOUT_RESULT, mergedOver, missingSheet } from '../import/sheet-checks'
import { ProblemList, type ImportProblem } from '../report'
import { openWorkbook } from '../safe-read/read-workbook'
import { cellAddress, cellText, readGrid, type CellValue, type Grid } from '../safe-read/sheet-grid'
import { findHeaderRow } from '../self-assessment/header-map'
import type { OutValue } from '../write/safe-cells'
import { buildBook, type SheetSpec } from '../write/sheet-builder'
import { writeWorkbook } from '../write/polish'

export const LEDGER_SHEET = '问题台账'
export const LEDGER_UNITS_SHEET = '单位名单'
export const LEDGER_HEADERS = {
  no: '序号',
  unit: '单位名称',
  kind: '问题类别',
  points: '扣分',
  date: '通报日期',
  source: '来源文件',
  description: '问题描述',
} as const
const ORDER = Object.keys(LEDGER_HEADERS) as (keyof typeof LEDGER_HEADERS)[]
/** Empty, bordered rows to fill in; a longer ledger inserts rows inside the table. */
export const LEDGER_FILL_ROWS = 30

const KIND_BY_LABEL = new Map<string, LedgerKind>(
  LEDGER_KINDS.map((k) => [LEDGER_KIND_INFO[k].label, k]),
)
const kindLine = (k: LedgerKind) =>
  `${LEDGER_KIND_INFO[k].label}：每个问题扣 ${formatPoints(LEDGER_KIND_INFO[k].points)} 分`

export interface LedgerTemplateInput {
  year: number
  /** The units of the year in roster order; retired ones are left out by the caller. */
  unitNames: readonly string[]
}

export function writeLedgerTemplate(input: LedgerTemplateInput): Uint8Array {
  const title = `${input.year}年度突出生态环境问题台账`
  const head = 2
  const rows: OutValue[][] = [[title], ORDER.map((k) => LEDGER_HEADERS[k])]
  for (let i = 0; i < LEDGER_FILL_ROWS; i++) rows.push([i + 1, '', '', '', '', '', ''])
  const notesFrom = rows.length
  rows.push(
    [],
    ['填写说明'],
    ['1. 每行填写一个问题；不要改工作表名称，不要增删列，行数不够时在表格中间插入行。'],
    [`2. 单位名称须与“${LEDGER_UNITS_SHEET}”工作表中的名称一字不差。`],
    ['3. 问题类别从下拉列表中选择（依据考核办法第二十一条）：'],
    ...LEDGER_KINDS.map((k) => [`    ${kindLine(k)}`]),
    ['4. 扣分可不填，导入时按问题类别计算；填写时须与类别对应的分值一致（-10 或 -5）。'],
    ['5. 通报日期填写通报或警示片披露的日期，如 2026-03-15；来源文件填写通报文号或警示片名称。'],
  )
  const first = head
  const last = head + LEDGER_FILL_ROWS - 1
  const cells = (col: number) =>
    Array.from({ length: LEDGER_FILL_ROWS }, (_, i) => cellAddress(first + i, col))
  const spec: SheetSpec = {
    name: LEDGER_SHEET,
    rows,
    // At most as wide as the roster (112): wider, LibreOffice shrinks the page below 10.5 pt.
    widths: [5, 14, 24, 6, 11, 20, 30],
    merges: [
      { s: { r: 0, c: 0 }, e: { r: 0, c: ORDER.length - 1 } },
      ...rows.slice(notesFrom + 1).map((_, i) => ({
        s: { r: notesFrom + 1 + i, c: 0 },
        e: { r: notesFrom + 1 + i, c: ORDER.length - 1 },
      })),
    ],
    headerRows: head,
    titleRows: 1,
    wrapColumns: [1, 2, 5, 6],
    landscape: true,
    pointColumns: [3],
    inputs: { rows: range(first, last), cols: [1, 2, 3, 4, 5, 6] },
    notesFrom,
    validations: [
      {
        cells: cells(2),
        rule: { kind: 'list', options: LEDGER_KINDS.map((k) => LEDGER_KIND_INFO[k].label) },
        promptTitle: '问题类别',
        prompt: '从下拉列表中选择，扣分随类别而定',
        errorTitle: '问题类别不正确',
        error: '请从下拉列表中选择问题类别',
      },
      {
        cells: cells(3),
        rule: { kind: 'list', options: ['-10', '-5'] },
        promptTitle: '扣分',
        prompt: '可不填：按问题类别计算（-10 或 -5）',
        errorTitle: '扣分不正确',
        error: '扣分只能是 -10 或 -5，且须与问题类别一致',
      },
    ],
    pageHeader: title,
  }
  const units: SheetSpec = {
    name: LEDGER_UNITS_SHEET,
    rows: [['单位名称'], ...input.unitNames.map((n) => [n])],
    widths: [24],
    headerRows: 1,
    pageHeader: `${input.year}年度被考评单位`,
  }
  return writeWorkbook(buildBook([spec, units]).wb, [spec, units])
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i)

export interface LedgerRosterUnit {
  id: string
  name: string
}

/** A problem as the preview shows it and the store takes it. */
export interface LedgerPreviewRow {
  /** The sheet row, 1-based as Excel shows it. */
  row: number
  unitId: string
  unitName: string
  kind: LedgerKind
  /** Hundredths, as a deduction: 1000 is −10 分. */
  points: number
  date: string
  source: string
  description: string
}

export interface LedgerImport {
  /** The rows that passed every check; stored only when `problems` holds no error. */
  rows: LedgerPreviewRow[]
  problems: ImportProblem[]
  ok: boolean
}

/** Entries already in the ledger, to refuse the same problem imported twice. */
export interface KnownEntry {
  unitId: string
  kind: LedgerKind
  description: string
  date?: string | undefined
  source?: string | undefined
}

export function readLedgerWorkbook(
  file: { name: string; data: Uint8Array },
  units: readonly LedgerRosterUnit[],
  known: readonly KnownEntry[] = [],
): LedgerImport {
  const problems = new ProblemList(file.name)
  const fail = (): LedgerImport => ({ ok: false, rows: [], problems: problems.items })
  const opened = openWorkbook(file.data)
  if (!opened.ok) {
    problems.error(opened.reason)
    return fail()
  }
  const wb = opened.workbook
  const ws = wb.sheet(LEDGER_SHEET)
  if (!ws) {
    problems.error(missingSheet(LEDGER_SHEET, wb))
    return fail()
  }
  const grid = readGrid(ws)
  const header = findHeaderRow(grid, LEDGER_HEADERS, 'unit')
  const col = header?.columns
  const missing = ORDER.filter((k) => k !== 'no' && col?.[k] === undefined)
  if (!header || !col || missing.length > 0) {
    const names = (missing.length ? missing : ORDER).map((k) => LEDGER_HEADERS[k])
    problems.error(`找不到表头（${names.join('、')}）`, LEDGER_SHEET)
    return fail()
  }
  const unsaved = wb.unsavedFormulaCells(LEDGER_SHEET)
  const end = tableEnd(grid, header.row)
  const merges = new Set<string>()
  for (const key of ['unit', 'kind', 'points', 'date', 'source', 'description'] as const) {
    for (const m of mergedOver(ws, col[key]!)) {
      if (m.e.r <= header.row || m.s.r >= end) continue
      merges.add(`${cellAddress(m.s.r, m.s.c)}:${cellAddress(m.e.r, m.e.c)}`)
    }
  }
  for (const m of merges) {
    problems.error(`合并单元格 ${m} 跨过了填写栏，请取消合并，每行填写一个问题`, LEDGER_SHEET)
  }
  const byName = new Map(units.map((u) => [u.name, u]))
  const seen = new Map<string, number>()
  for (const k of known) seen.set(keyOf(k), 0)
  const rows: LedgerPreviewRow[] = []
  for (let r = header.row + 1; r < end; r++) {
    const at = (key: keyof typeof LEDGER_HEADERS) => grid.at(r, col[key]!)
    const addr = (key: keyof typeof LEDGER_HEADERS) => cellAddress(r, col[key]!)
    const unitName = cellText(at('unit'))
    const kindText = cellText(at('kind'))
    const description = cellText(at('description'))
    const source = cellText(at('source'))
    const filled = [unitName, kindText, description, source, cellText(at('date'))]
    // Empty fill-in rows keep their 序号.
    if (filled.every((t) => t === '') && cellText(at('points')) === '') continue
    const before = problems.items.length
    // One message per cell: a formula without a result is not also an empty cell.
    const reported = new Set<string>()
    const bad = (key: keyof typeof LEDGER_HEADERS, message: string) => {
      if (reported.has(key)) return
      reported.add(key)
      problems.error(message, LEDGER_SHEET, addr(key))
    }
    for (const key of ['unit', 'kind', 'points', 'date', 'source', 'description'] as const) {
      if (unsaved.has(addr(key))) bad(key, FORMULA_WITHOUT_RESULT)
    }
    const unit = byName.get(unitName)
    if (unitName === '') bad('unit', '单位名称不能为空')
    else if (!unit) bad('unit', `名册中没有单位“${unitName}”，请按“${LEDGER_UNITS_SHEET}”填写`)
    const kind = KIND_BY_LABEL.get(kindText)
    if (kindText === '') bad('kind', '问题类别不能为空')
    else if (!kind) bad('kind', `问题类别“${kindText}”不是考核办法第二十一条所列的四类之一`)
    const points = kind ? LEDGER_KIND_INFO[kind].points : 0
    const pointsError = kind ? checkPoints(at('points'), points) : null
    if (pointsError) bad('points', pointsError)
    const date = readDate(at('date'))
    if (!date.ok) bad('date', date.message)
    if (source === '') bad('source', '来源文件不能为空：填写通报文号或警示片名称')
    if (description === '') bad('description', '问题描述不能为空')
    if (problems.items.length > before || !unit || !kind || !date.ok) continue
    const entry = { unitId: unit.id, kind, description, date: date.value, source }
    const dup = seen.get(keyOf(entry))
    if (dup !== undefined) {
      bad(
        'description',
        dup === 0
          ? '台账中已有这个问题（单位、类别、日期、来源、描述都相同）'
          : `与第 ${dup} 行重复`,
      )
      continue
    }
    seen.set(keyOf(entry), r + 1)
    rows.push({ row: r + 1, unitName: unit.name, points, ...entry })
  }
  if (rows.length === 0 && !problems.hasErrors) {
    problems.error('表中没有填写任何问题', LEDGER_SHEET)
  }
  return { ok: !problems.hasErrors, rows, problems: problems.items }
}

/** The table stops at the 填写说明 line under it (the notes are merged lines, not problems). */
function tableEnd(grid: Grid, headerRow: number): number {
  for (let r = headerRow + 1; r < grid.rows; r++) {
    if (cellText(grid.at(r, 0)) === '填写说明') return r
  }
  return grid.rows
}

const keyOf = (e: KnownEntry) =>
  [e.unitId, e.kind, e.date ?? '', e.source ?? '', e.description].join('\u0000')

/** The points cell may be left empty; filled, it must be the kind's deduction (−10 or −5). */
function checkPoints(v: CellValue, points: number): string | null {
  const t = cellText(v)
  if (t === '') return null
  const expected = -points / 100
  const n = typeof v === 'number' ? v : Number(t.replace(/分$/, ''))
  if (Number.isFinite(n) && (n === expected || n === -expected)) return null
  return `扣分 ${t} 与问题类别不符：该类别每个问题扣 ${formatPoints(points)} 分，请填 ${expected} 或留空`
}

type DateRead = { ok: true; value: string } | { ok: false; message: string }

/**
 * A date typed into Excel is a serial day number; typed as text it is 2026-03-15, 2026/3/15,
 * 2026.3.15 or 2026年3月15日. Anything else is refused rather than guessed.
 */
export function readDate(v: CellValue): DateRead {
  if (typeof v === 'number') {
    if (!Number.isInteger(v) || v < 1 || v > 109574) {
      return { ok: false, message: `通报日期 ${v} 不是日期` }
    }
    // Excel's day 1 is 1900-01-01 and it counts a 1900-02-29 that never was: day 0 is 1899-12-30.
    const d = new Date(Date.UTC(1899, 11, 30) + v * 86400000)
    return { ok: true, value: d.toISOString().slice(0, 10) }
  }
  const t = cellText(v)
  if (t === '') return { ok: false, message: '通报日期不能为空' }
  const m = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/.exec(t)
  if (!m) return { ok: false, message: `通报日期“${t}”看不懂，请写成 2026-03-15` }
  const value = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`
  if (!isCalendarDay(value)) return { ok: false, message: `通报日期“${t}”没有这一天` }
  return { ok: true, value }
}
