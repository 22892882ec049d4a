/**
 * Returned files into the store: parsed in the worker (time-limited), then the good
 * self-assessments and the 有问题 marks of files that failed for a known unit written in ONE
 * transaction. Reviewer score sheets are recognised and reported, not stored here.
 */
import type { YearPackage } from '../../../domain'
import { formatProblem, type FileOutcome } from '../../../excel'
import {
  announceImportBatch,
  clearImportBatch,
  loadYearPackage,
  recordImportBatch,
  type Session,
  type SubmissionInput,
} from '../../../db'
import { importInWorker } from '../../workers/excel-import-client'

export interface ReportLine {
  file: string
  ok: boolean
  unit?: string
  unitId?: string
  version?: number
  /** Chinese lines: the problems (文件 · 工作表 · 单元格), errors first. */
  lines: string[]
  /** On a re-import, what changed from the previous version (`1.1 自评得分 8.00 → 9.00`). */
  changes: string[]
  /** Not imported yet: the file names two units and waits for the office to confirm or discard. */
  held?: string
  /** Review began before this version: reviewer scores that now differ from the new self scores. */
  reviewDiffers?: string[]
}

export async function importReturnedFiles(
  session: Session,
  yearId: string,
  files: { name: string; data: Uint8Array }[],
  onProgress: (done: number, total: number) => void,
  confirmed?: string[],
): Promise<ReportLine[]> {
  const { db } = session
  const at = new Date().toISOString()
  await announceImportBatch(db, yearId, {
    fileNames: files.map((f) => f.name),
    startedAt: at,
    startedBy: session.operator,
  })
  try {
    return await parseAndStore(session, yearId, files, at, onProgress, confirmed)
  } finally {
    // Stored batches cleared it in their own write; this covers the rest (refused, nothing to
    // store). Only a page that dies before here leaves it, to be reported next time.
    await clearImportBatch(db, yearId)
  }
}

async function parseAndStore(
  session: Session,
  yearId: string,
  files: { name: string; data: Uint8Array }[],
  at: string,
  onProgress: (done: number, total: number) => void,
  confirmed?: string[],
): Promise<ReportLine[]> {
  const pkg: YearPackage = await loadYearPackage(session.db, yearId)
  const r = await importInWorker(
    { pkg, files, by: session.operator, at, confirmed },
    { onProgress: (done, total) => onProgress(done, total) },
  )
  if (!r.ok) throw new Error(r.error.message)
  const good = r.value.selfAssessments.filter((f) => f.status === 'imported')
  const inputs: SubmissionInput[] = good.map((f) => {
    const s = r.value.pkg.submissions.find((x) => x.unitId === f.unitId && x.version === f.version)
    if (!s) throw new Error(`内部错误：找不到 ${f.file} 的解析结果`)
    return { unitId: s.unitId, fileName: f.file, items: s.items, veto: s.veto }
  })
  const refused = r.value.selfAssessments.flatMap((f) =>
    f.status === 'rejected' && f.unitId
      ? [{ unitId: f.unitId, fileName: f.file, messages: f.problems.map(formatProblem) }]
      : [],
  )
  if (inputs.length > 0 || refused.length > 0) {
    await recordImportBatch(session, yearId, inputs, refused)
  }
  return [
    ...r.value.selfAssessments.map(lineOf),
    ...r.value.reviewerSheets.map((f) => ({
      file: f.file,
      ok: false,
      lines: ['这是审核评分表：本页只导入自查表，请到“审核评分”页点“导入评分表……”导入'],
      changes: [],
    })),
  ]
}

function lineOf(f: FileOutcome): ReportLine {
  return {
    file: f.file,
    ok: f.status === 'imported',
    ...(f.unitName ? { unit: f.unitName } : {}),
    ...(f.unitId ? { unitId: f.unitId } : {}),
    ...(f.version ? { version: f.version } : {}),
    lines: f.problems.map(
      (p) => `${p.severity === 'error' ? '错误' : '提示'}：${formatProblem(p)}`,
    ),
    changes: f.changes,
    ...(f.held ? { held: f.held } : {}),
    ...(f.reviewDiffers ? { reviewDiffers: f.reviewDiffers } : {}),
  }
}
