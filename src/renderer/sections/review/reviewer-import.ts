/**
 * 导入评分表: reviewer score sheets filled on other PCs, parsed in the time-limited import worker
 * one file at a time (so each file's own scores are known, for the preview and for the history
 * entry naming it), compared with the stored scores, and stored only after the office confirmed
 * the preview (src/db importReviewerScores: one transaction).
 */
import { formatProblem, type ImportProblem } from '../../../excel'
import type { ReviewerScore, YearPackage } from '../../../domain'
import { formatPoints } from '../../../domain'
import type { ReviewerSheetInput } from '../../../db'
import { importInWorker } from '../../workers/excel-import-client'

export interface ParsedSheet {
  file: string
  /** Reviewer sheets that passed every check; everything else is refused with its lines. */
  ok: boolean
  /** Absent when the sheet had no score filled in: nothing to store. */
  reviewerId?: string
  reviewerName?: string
  scores: ReviewerScore[]
  /** `错误：文件 · 工作表 · 单元格: …` / `提示：…` */
  lines: string[]
}

const lineOf = (p: ImportProblem) =>
  `${p.severity === 'error' ? '错误' : '提示'}：${formatProblem(p)}`

/** Parses each file in the worker against the year (without its scores: only the file's own come back). */
export async function parseReviewerFiles(
  pkg: YearPackage,
  files: readonly { name: string; data: Uint8Array }[],
  by: string,
  onProgress: (done: number, total: number) => void,
): Promise<ParsedSheet[]> {
  const bare: YearPackage = { ...pkg, scores: [], history: [] }
  const out: ParsedSheet[] = []
  for (const [i, file] of files.entries()) {
    onProgress(i, files.length)
    const r = await importInWorker({ pkg: bare, files: [file], by, at: new Date().toISOString() })
    if (!r.ok) {
      out.push({
        file: file.name,
        ok: false,
        scores: [],
        lines: [`错误：${file.name}: ${r.error.message}`],
      })
      continue
    }
    const sheet = r.value.reviewerSheets[0]
    if (sheet) {
      const ok = sheet.status === 'imported'
      const scores = ok ? r.value.pkg.scores : []
      out.push({
        file: file.name,
        ok,
        ...(scores[0] ? { reviewerId: scores[0].reviewerId } : {}),
        ...(sheet.reviewerName ? { reviewerName: sheet.reviewerName } : {}),
        scores,
        lines: sheet.problems.map(lineOf),
      })
      continue
    }
    const self = r.value.selfAssessments[0]
    out.push({
      file: file.name,
      ok: false,
      scores: [],
      lines:
        self?.status === 'imported'
          ? [`错误：${file.name}: 这是${self.unitName ?? '单位'}的自查表，请在“自查材料”页导入`]
          : [
              `错误：${file.name}: 不是考评通导出的审核评分表`,
              // Why the file could not be read at all (damaged, encrypted, not Excel …).
              ...(self?.problems ?? []).filter((p) => !p.sheet).map(lineOf),
            ],
    })
  }
  onProgress(files.length, files.length)
  return out
}

export interface SheetSummary {
  file: string
  ok: boolean
  reviewerName?: string
  filled: number
  added: number
  changed: number
  unchanged: number
  lines: string[]
}

export interface ChangedCell {
  file: string
  unit: string
  reviewer: string
  itemCode: string
  before: string
  after: string
  reason: string
}

export interface ImportPreview {
  sheets: SheetSummary[]
  /** Stored scores the import would replace by a different score or reason. */
  changed: ChangedCell[]
  /** What importReviewerScores is given: the good sheets, in file order. */
  inputs: ReviewerSheetInput[]
  added: number
}

const key = (s: Pick<ReviewerScore, 'unitId' | 'reviewerId' | 'itemCode'>) =>
  `${s.unitId}\u0000${s.reviewerId}\u0000${s.itemCode}`

/** What confirming would do, file by file; a later file's cell replaces an earlier one's. */
export function previewImport(pkg: YearPackage, parsed: readonly ParsedSheet[]): ImportPreview {
  const current = new Map(pkg.scores.map((s) => [key(s), s]))
  const unitName = new Map(pkg.units.map((u) => [u.id, u.name]))
  const reviewerName = new Map(pkg.reviewers.map((r) => [r.id, r.name]))
  const sheets: SheetSummary[] = []
  const changed: ChangedCell[] = []
  const inputs: ReviewerSheetInput[] = []
  let added = 0
  for (const p of parsed) {
    const summary: SheetSummary = {
      file: p.file,
      ok: p.ok,
      ...(p.reviewerName ? { reviewerName: p.reviewerName } : {}),
      filled: p.scores.length,
      added: 0,
      changed: 0,
      unchanged: 0,
      lines: p.lines,
    }
    sheets.push(summary)
    if (!p.ok || !p.reviewerId) continue
    for (const s of p.scores) {
      const k = key(s)
      const old = current.get(k)
      if (!old) summary.added++
      else if (old.score === s.score && old.reason === s.reason) summary.unchanged++
      else {
        summary.changed++
        changed.push({
          file: p.file,
          unit: unitName.get(s.unitId) ?? s.unitId,
          reviewer: reviewerName.get(s.reviewerId) ?? '',
          itemCode: s.itemCode,
          before: formatPoints(old.score),
          after: formatPoints(s.score),
          reason: s.reason,
        })
      }
      current.set(k, s)
    }
    added += summary.added
    inputs.push({
      fileName: p.file,
      reviewerId: p.reviewerId,
      scores: p.scores.map(({ unitId, itemCode, score, reason }) => ({
        unitId,
        itemCode,
        score,
        reason,
      })),
    })
  }
  return { sheets, changed, inputs, added }
}
