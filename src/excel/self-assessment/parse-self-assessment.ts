/**
 * Reads one returned 自查表 into a submission for the package, or explains (in Chinese, with
 * file, sheet and cell) why it cannot. Nothing here writes anything: the batch decides.
 */
import {
  checkItemScore,
  criteriaItems,
  formatPoints,
  parsePoints,
  type CriteriaItem,
  type SelfItem,
  type Unit,
  type VetoDeclaration,
  type YearPackage,
} from '../../domain'
import * as XLSX from 'xlsx'
import { FORMULA_WITHOUT_RESULT, mergedOver, missingSheet } from '../import/sheet-checks'
import { ProblemList, type ImportProblem } from '../report'
import { openWorkbook, type OpenedWorkbook } from '../safe-read/read-workbook'
import { cellAddress, cellText, readGrid, type CellValue } from '../safe-read/sheet-grid'
import { findHeaderRow } from './header-map'
import {
  criteriaFingerprint,
  SELF_FORMAT,
  SELF_HEADERS,
  SELF_SHEET,
  splitEvidence,
  VETO_HEADERS,
  VETO_SHEET,
} from './layout'
import { readTemplateMeta } from './read-meta'
import { unitMismatch } from './unit-mismatch'

export interface ParsedSelfAssessment {
  unit: Unit
  criteriaVersion: number
  items: SelfItem[]
  veto: VetoDeclaration
}

export type ParseOutcome =
  | {
      ok: true
      value: ParsedSelfAssessment
      problems: ImportProblem[]
      /** Why the file must be confirmed by the office before it is stored (unit-mismatch.ts). */
      hold?: string
    }
  /** `unit` when the file was matched to one, so the unit can be marked 有问题. */
  | { ok: false; problems: ImportProblem[]; unit?: Unit }

export function parseSelfAssessment(
  pkg: YearPackage,
  file: { name: string; data: Uint8Array },
): ParseOutcome {
  const problems = new ProblemList(file.name)
  const opened = openWorkbook(file.data)
  if (!opened.ok) {
    problems.error(opened.reason)
    return { ok: false, problems: problems.items }
  }
  const wb = opened.workbook
  if (wb.kind === 'xls')
    problems.warning('旧版 .xls 格式：已读取，但无法识别公式，建议另存为 .xlsx')
  const unit = matchUnit(pkg, wb, problems)
  if (!unit) return { ok: false, problems: problems.items }
  const sheet = pkg.criteria[unit.sequence]
  const items = readItems(wb, criteriaItems(sheet), problems)
  const veto = readVeto(
    wb,
    sheet.vetoes.map((v) => v.code),
    problems,
  )
  if (problems.hasErrors || !items || !veto) return { ok: false, problems: problems.items, unit }
  const hold = unitMismatch(wb, file.name, unit, pkg.units)
  return {
    ok: true,
    value: { unit, criteriaVersion: sheet.version, items, veto },
    problems: problems.items,
    ...(hold ? { hold } : {}),
  }
}

function matchUnit(pkg: YearPackage, wb: OpenedWorkbook, problems: ProblemList): Unit | null {
  const meta = readTemplateMeta(wb)
  if (!meta || meta.format !== SELF_FORMAT) {
    problems.error('不是考评通下发的自查表模板（缺少模板信息），请用本年度下发的模板填写')
    return null
  }
  if (meta.year !== String(pkg.year)) {
    problems.error(`文件属于 ${meta.year ?? '未知'} 年度，当前导入的是 ${pkg.year} 年度`)
    return null
  }
  const unit = pkg.units.find((u) => u.id === meta.unitId)
  if (!unit) {
    problems.error(`名册中没有这个单位（${meta.unitName ?? meta.unitId ?? '未知'}）`)
    return null
  }
  if (unit.retired) {
    problems.error(`${unit.name} 已停用，不参加本年度考评`)
    return null
  }
  if (meta.sequence !== unit.sequence) {
    problems.error(`文件的序列与名册不符：${unit.name} 属于另一序列`)
    return null
  }
  const sheet = pkg.criteria[unit.sequence]
  if (meta.fingerprint !== criteriaFingerprint(sheet)) {
    problems.error(
      `文件按第 ${meta.criteriaVersion ?? '?'} 版考评细则生成，细则已改为第 ${sheet.version} 版，请重新下发模板`,
    )
    return null
  }
  return unit
}

function readItems(
  wb: OpenedWorkbook,
  criteria: CriteriaItem[],
  problems: ProblemList,
): SelfItem[] | null {
  const ws = wb.sheet(SELF_SHEET)
  if (!ws) {
    problems.error(missingSheet(SELF_SHEET, wb))
    return null
  }
  const grid = readGrid(ws)
  const header = findHeaderRow(grid, SELF_HEADERS, 'code')
  const col = header?.columns
  if (!header || !col || col.score === undefined || col.code === undefined) {
    problems.error(`找不到表头（“${SELF_HEADERS.code}”“${SELF_HEADERS.score}”）`, SELF_SHEET)
    return null
  }
  const formulas = wb.formulaCells(SELF_SHEET)
  const unsaved = wb.unsavedFormulaCells(SELF_SHEET)
  const merged = mergedOver(ws, col.score)
  const reportedMerges = new Set<string>()
  const byCode = new Map(criteria.map((i) => [i.code, i]))
  const seen = new Map<string, SelfItem>()
  /** Rows that were present but refused: already reported, not missing. */
  const refused = new Set<string>()
  for (let r = header.row + 1; r < grid.rows; r++) {
    const code = cellText(grid.at(r, col.code))
    if (!code || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(code)) continue
    const codeCell = cellAddress(r, col.code)
    const item = byCode.get(code)
    if (!item) {
      problems.error(`指标编号 ${code} 不在本年度考评细则中`, SELF_SHEET, codeCell)
      continue
    }
    if (seen.has(code)) {
      problems.error(`指标编号 ${code} 重复出现`, SELF_SHEET, codeCell)
      continue
    }
    const scoreCell = cellAddress(r, col.score)
    const merge = merged.find((m) => m.s.r <= r && r <= m.e.r)
    if (merge) {
      refused.add(code)
      const range = XLSX.utils.encode_range(merge)
      if (!reportedMerges.has(range))
        problems.error(`得分单元格被合并（${range}），请取消合并后逐项填写`, SELF_SHEET, range)
      reportedMerges.add(range)
      continue
    }
    if (unsaved.has(scoreCell)) {
      refused.add(code)
      problems.error(FORMULA_WITHOUT_RESULT, SELF_SHEET, scoreCell)
      continue
    }
    if (formulas.has(scoreCell)) {
      problems.warning('得分单元格含公式，已按其计算结果导入', SELF_SHEET, scoreCell)
    }
    const score = readScore(grid.at(r, col.score), item, problems, scoreCell)
    const explanation = col.explanation === undefined ? '' : cellText(grid.at(r, col.explanation))
    const evidenceText = col.evidence === undefined ? '' : cellText(grid.at(r, col.evidence))
    if (score !== undefined && score !== null && score < item.max && !explanation) {
      problems.warning(
        `得分 ${formatPoints(score)} 低于满分 ${formatPoints(item.max)}，未填写自评说明`,
        SELF_SHEET,
        col.explanation === undefined ? scoreCell : cellAddress(r, col.explanation),
      )
    }
    if (score === undefined) {
      refused.add(code)
      continue
    }
    seen.set(code, { code, score, explanation, evidence: splitEvidence(evidenceText) })
  }
  for (const item of criteria) {
    if (!seen.has(item.code) && !refused.has(item.code)) {
      problems.error(`缺少指标 ${item.code}（${item.title.slice(0, 20)}）的行`, SELF_SHEET)
    }
  }
  const items = criteria.flatMap((i) => seen.get(i.code) ?? [])
  if (items.length > 0 && items.every((i) => i.score === null)) {
    problems.error('没有填写任何自评得分（是否报回了空白模板？）', SELF_SHEET)
  }
  return items
}

/** A score in hundredths, null for a blank cell, undefined when refused (and reported). */
function readScore(
  value: CellValue,
  item: CriteriaItem,
  problems: ProblemList,
  cell: string,
): number | null | undefined {
  if (value === null || (typeof value === 'string' && value.trim() === '')) {
    problems.warning('未填写自评得分', SELF_SHEET, cell)
    return null
  }
  if (typeof value === 'boolean') {
    problems.error(`得分应为数字，不能是“${value ? 'TRUE' : 'FALSE'}”`, SELF_SHEET, cell)
    return undefined
  }
  const parsed = parsePoints(value, '得分')
  if (!parsed.ok) {
    const shown = typeof value === 'string' ? `“${value.trim().slice(0, 20)}”` : String(value)
    problems.error(
      typeof value === 'string' && !/\d/.test(value)
        ? `得分应为数字，填写的是文字 ${shown}`
        : parsed.error.message,
      SELF_SHEET,
      cell,
    )
    return undefined
  }
  if (typeof value === 'string') {
    problems.warning(
      `得分以文本形式填写，已按数字 ${formatPoints(parsed.value)} 读取`,
      SELF_SHEET,
      cell,
    )
  }
  const wrong = checkItemScore(parsed.value, item)
  if (wrong) {
    problems.error(wrong, SELF_SHEET, cell)
    return undefined
  }
  return parsed.value
}

function readVeto(
  wb: OpenedWorkbook,
  codes: string[],
  problems: ProblemList,
): VetoDeclaration | null {
  const ws = wb.sheet(VETO_SHEET)
  if (!ws) {
    problems.error(missingSheet(VETO_SHEET, wb))
    return null
  }
  const grid = readGrid(ws)
  const header = findHeaderRow(grid, VETO_HEADERS, 'code')
  const col = header?.columns
  if (!header || !col || col.code === undefined || col.met === undefined) {
    problems.error('找不到一票否决申报的表头', VETO_SHEET)
    return null
  }
  const conditions: string[] = []
  const notes: string[] = []
  for (let r = header.row + 1; r < grid.rows; r++) {
    const code = cellText(grid.at(r, col.code))
    if (!codes.includes(code)) continue
    const cell = cellAddress(r, col.met)
    const met = cellText(grid.at(r, col.met))
    if (met === '是') conditions.push(code)
    else if (met !== '否' && met !== '') {
      problems.error(`应填“是”或“否”，填写的是“${met.slice(0, 10)}”`, VETO_SHEET, cell)
    }
    const note = col.note === undefined ? '' : cellText(grid.at(r, col.note))
    if (note) notes.push(`${code}：${note}`)
  }
  return { conditions, note: notes.join('；') }
}
