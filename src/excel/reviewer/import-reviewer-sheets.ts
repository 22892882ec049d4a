/**
 * Reviewer score sheets back into the package: each file whole or not at all, every refused
 * cell named. A score replaces the same reviewer's earlier score for that unit and item.
 */
import {
  appendHistory,
  checkItemScore,
  criteriaItems,
  parsePoints,
  type ReviewerScore,
  type YearPackage,
} from '../../domain'
import * as XLSX from 'xlsx'
import { FORMULA_WITHOUT_RESULT, mergedOver, missingSheet } from '../import/sheet-checks'
import { ProblemList, type ImportProblem } from '../report'
import { openWorkbook } from '../safe-read/read-workbook'
import { cellAddress, cellText, readGrid } from '../safe-read/sheet-grid'
import { findHeaderRow } from '../self-assessment/header-map'
import { criteriaFingerprint } from '../self-assessment/layout'
import {
  REVIEW_FORMAT,
  REVIEW_HEADERS,
  REVIEW_META_KEYS,
  REVIEW_META_SHEET,
  REVIEW_SHEET,
} from './layout'

export interface ReviewerFileOutcome {
  file: string
  status: 'imported' | 'rejected'
  reviewerName?: string
  scores: number
  problems: ImportProblem[]
}

export function importReviewerSheets(
  pkg: YearPackage,
  files: { name: string; data: Uint8Array }[],
  ctx: { by: string; at: string },
): { pkg: YearPackage; files: ReviewerFileOutcome[] } {
  let current = pkg
  const outcomes: ReviewerFileOutcome[] = []
  // Parsed against the package as given: a file's checks do not depend on the batch's others.
  const parsed = files.map((file) => ({ file, r: parseReviewerSheet(pkg, file) }))
  const byReviewer = new Map<string, string[]>()
  for (const { file, r } of parsed) {
    if (r.ok) byReviewer.set(r.reviewerId, [...(byReviewer.get(r.reviewerId) ?? []), file.name])
  }
  for (const { file, r } of parsed) {
    if (!r.ok) {
      outcomes.push({ file: file.name, status: 'rejected', scores: 0, problems: r.problems })
      continue
    }
    const same = byReviewer.get(r.reviewerId) ?? []
    if (same.length > 1) {
      outcomes.push({
        file: file.name,
        status: 'rejected',
        reviewerName: r.reviewerName,
        scores: 0,
        problems: [
          ...r.problems,
          {
            file: file.name,
            severity: 'error',
            message: `同一批中评分人 ${r.reviewerName} 有 ${same.length} 个文件（${same.join('、')}），无法判断以哪个为准，请只保留一个后重新导入`,
          },
        ],
      })
      continue
    }
    const keyOf = (s: ReviewerScore) => `${s.unitId}\u0000${s.reviewerId}\u0000${s.itemCode}`
    const incoming = new Map(r.scores.map((s) => [keyOf(s), s]))
    const kept = current.scores.filter((s) => !incoming.has(keyOf(s)))
    current = {
      ...current,
      scores: [...kept, ...incoming.values()],
      history: appendHistory(current.history, {
        yearId: null,
        at: ctx.at,
        who: ctx.by,
        entity: 'score',
        entityId: r.reviewerId,
        action: 'import-reviewer-sheet',
        oldValue: null,
        newValue: { scores: r.scores.length, fileName: file.name },
        reason: `导入评分人 ${r.reviewerName} 的评分表 ${file.name}`,
      }),
    }
    outcomes.push({
      file: file.name,
      status: 'imported',
      reviewerName: r.reviewerName,
      scores: r.scores.length,
      problems: r.problems,
    })
  }
  return { pkg: current, files: outcomes }
}

type Parsed =
  | {
      ok: true
      reviewerId: string
      reviewerName: string
      scores: ReviewerScore[]
      problems: ImportProblem[]
    }
  | { ok: false; problems: ImportProblem[] }

function parseReviewerSheet(pkg: YearPackage, file: { name: string; data: Uint8Array }): Parsed {
  const problems = new ProblemList(file.name)
  const fail = (): Parsed => ({ ok: false, problems: problems.items })
  if (pkg.approval.locked) {
    problems.error(`${pkg.year} 年度考评结果已审定锁定，不能再导入评分`)
    return fail()
  }
  const opened = openWorkbook(file.data)
  if (!opened.ok) {
    problems.error(opened.reason)
    return fail()
  }
  const wb = opened.workbook
  const metaWs = wb.sheet(REVIEW_META_SHEET)
  const meta = new Map<string, string>()
  if (metaWs) {
    const g = readGrid(metaWs)
    for (let r = 0; r < Math.min(g.rows, 30); r++)
      meta.set(cellText(g.at(r, 0)), cellText(g.at(r, 1)))
  }
  if (meta.get(REVIEW_META_KEYS.format) !== REVIEW_FORMAT) {
    problems.error('不是考评通导出的审核评分表（缺少模板信息）')
    return fail()
  }
  if (meta.get(REVIEW_META_KEYS.year) !== String(pkg.year)) {
    problems.error(`文件属于 ${meta.get(REVIEW_META_KEYS.year)} 年度，当前是 ${pkg.year} 年度`)
    return fail()
  }
  const reviewer = pkg.reviewers.find((r) => r.id === meta.get(REVIEW_META_KEYS.reviewerId))
  if (!reviewer) {
    problems.error(`评分人 ${meta.get(REVIEW_META_KEYS.reviewerName) ?? ''} 不在本年度评分人名单中`)
    return fail()
  }
  for (const seq of ['township', 'department'] as const) {
    if (meta.get(REVIEW_META_KEYS[seq]) !== criteriaFingerprint(pkg.criteria[seq])) {
      problems.error('考评细则在导出评分表之后已修改，请重新导出评分表')
      return fail()
    }
  }
  const ws = wb.sheet(REVIEW_SHEET)
  if (!ws) {
    problems.error(missingSheet(REVIEW_SHEET, wb))
    return fail()
  }
  const grid = readGrid(ws)
  const header = findHeaderRow(grid, REVIEW_HEADERS, 'unitId')
  const col = header?.columns
  if (
    !header ||
    !col ||
    col.unitId === undefined ||
    col.code === undefined ||
    col.score === undefined
  ) {
    problems.error('找不到表头（单位编号、指标编号、审核得分）', REVIEW_SHEET)
    return fail()
  }
  const formulas = wb.formulaCells(REVIEW_SHEET)
  const unsaved = wb.unsavedFormulaCells(REVIEW_SHEET)
  const merged = mergedOver(ws, col.score)
  const reportedMerges = new Set<string>()
  const scores: ReviewerScore[] = []
  for (let r = header.row + 1; r < grid.rows; r++) {
    const unitId = cellText(grid.at(r, col.unitId))
    const code = cellText(grid.at(r, col.code))
    // Rows without an item code and without a score: blank lines, the signature and the notes.
    if (!code && cellText(grid.at(r, col.score)) === '') continue
    const unit = pkg.units.find((u) => u.id === unitId)
    if (!unit) {
      problems.error(`单位编号 ${unitId} 不在名册中`, REVIEW_SHEET, cellAddress(r, col.unitId))
      continue
    }
    const item = criteriaItems(pkg.criteria[unit.sequence]).find((i) => i.code === code)
    if (!item) {
      problems.error(
        `指标编号 ${code} 不在 ${unit.name} 的考评细则中`,
        REVIEW_SHEET,
        cellAddress(r, col.code),
      )
      continue
    }
    const cell = cellAddress(r, col.score)
    const merge = merged.find((m) => m.s.r <= r && r <= m.e.r)
    if (merge) {
      const range = XLSX.utils.encode_range(merge)
      if (!reportedMerges.has(range))
        problems.error(
          `审核得分单元格被合并（${range}），请取消合并后逐项填写`,
          REVIEW_SHEET,
          range,
        )
      reportedMerges.add(range)
      continue
    }
    if (unsaved.has(cell)) {
      problems.error(FORMULA_WITHOUT_RESULT, REVIEW_SHEET, cell)
      continue
    }
    const raw = grid.at(r, col.score)
    if (raw === null || (typeof raw === 'string' && !raw.trim())) continue
    if (formulas.has(cell))
      problems.warning('得分单元格含公式，已按其计算结果导入', REVIEW_SHEET, cell)
    const parsed = typeof raw === 'boolean' ? null : parsePoints(raw, '审核得分')
    if (!parsed || !parsed.ok) {
      problems.error(parsed ? parsed.error.message : '审核得分应为数字', REVIEW_SHEET, cell)
      continue
    }
    const wrong = checkItemScore(parsed.value, item)
    if (wrong) {
      problems.error(wrong, REVIEW_SHEET, cell)
      continue
    }
    const reason = col.reason === undefined ? '' : cellText(grid.at(r, col.reason))
    const self = latestSelf(pkg, unit.id, code)
    if (self !== null && self !== parsed.value && !reason) {
      problems.error(
        '审核得分与自评得分不同，必须填写评分理由',
        REVIEW_SHEET,
        col.reason === undefined ? cell : cellAddress(r, col.reason),
      )
      continue
    }
    scores.push({
      unitId: unit.id,
      reviewerId: reviewer.id,
      itemCode: code,
      score: parsed.value,
      reason,
    })
  }
  if (problems.hasErrors) return fail()
  if (scores.length === 0) problems.warning('文件中没有填写任何审核得分')
  return {
    ok: true,
    reviewerId: reviewer.id,
    reviewerName: reviewer.name,
    scores,
    problems: problems.items,
  }
}

function latestSelf(pkg: YearPackage, unitId: string, code: string): number | null {
  let best: { version: number; score: number | null } | null = null
  for (const s of pkg.submissions) {
    if (s.unitId !== unitId || (best && s.version < best.version)) continue
    best = { version: s.version, score: s.items.find((i) => i.code === code)?.score ?? null }
  }
  return best?.score ?? null
}
