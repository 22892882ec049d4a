/**
 * A batch of returned 自查表 into a year package. Each file is accepted whole or rejected
 * whole; the good files import even when others fail; the package passed in is never changed
 * (a new one is returned). Re-importing a unit adds a version and lists what changed.
 */
import {
  appendHistory,
  formatPoints,
  nextSelfChangeMark,
  type HistoryEntry,
  type PackageScore,
  type SelfItem,
  type Submission,
  type YearPackage,
} from '../../domain'
import type { ImportProblem } from '../report'
import {
  parseSelfAssessment,
  type ParsedSelfAssessment,
} from '../self-assessment/parse-self-assessment'

export interface ImportFile {
  name: string
  data: Uint8Array
}

export interface FileOutcome {
  file: string
  /** `held`: the file is sound but names two units; it waits for the office to confirm. */
  status: 'imported' | 'rejected' | 'held'
  unitId?: string
  unitName?: string
  /** The submission version this file became. */
  version?: number
  problems: ImportProblem[]
  /** Item by item, what differs from the unit's previous version (empty on a first import). */
  changes: string[]
  /** Why a held file waits: the units its title or name and its hidden record name. */
  held?: string
  /**
   * A version that arrives after review began: the reviewer scores that now differ from the
   * changed self scores, `1.1 周明华 审核得分 3.00，自评得分 3.00 → 4.00`, by item.
   */
  reviewDiffers?: string[]
}

export interface BatchResult {
  pkg: YearPackage
  files: FileOutcome[]
  imported: number
  rejected: number
}

export interface ImportContext {
  /** Operator's name, for the submission and the history. */
  by: string
  /** ISO time of the import. */
  at: string
  /** Held files (see FileOutcome.held) the office has confirmed, by file name. */
  confirmed?: readonly string[]
}

export function importSelfAssessments(
  pkg: YearPackage,
  files: ImportFile[],
  ctx: ImportContext,
): BatchResult {
  if (pkg.approval.locked) {
    const message = `${pkg.year} 年度考评结果已审定锁定，不能再导入自查表`
    return {
      pkg,
      files: files.map((f) => ({
        file: f.name,
        status: 'rejected' as const,
        problems: [{ file: f.name, message, severity: 'error' as const }],
        changes: [],
      })),
      imported: 0,
      rejected: files.length,
    }
  }
  const parsed = files.map((f) => ({ file: f, outcome: parseSelfAssessment(pkg, f) }))
  const byUnit = new Map<string, string[]>()
  for (const { file, outcome } of parsed) {
    if (!outcome.ok) continue
    const list = byUnit.get(outcome.value.unit.id) ?? []
    list.push(file.name)
    byUnit.set(outcome.value.unit.id, list)
  }

  let submissions = pkg.submissions
  let scores = pkg.scores
  let history: HistoryEntry[] = pkg.history
  const outcomes: FileOutcome[] = []
  for (const { file, outcome } of parsed) {
    if (!outcome.ok) {
      outcomes.push({
        file: file.name,
        status: 'rejected',
        ...(outcome.unit ? { unitId: outcome.unit.id, unitName: outcome.unit.name } : {}),
        problems: outcome.problems,
        changes: [],
      })
      continue
    }
    const value = outcome.value
    const sameUnit = byUnit.get(value.unit.id) ?? []
    if (sameUnit.length > 1) {
      outcomes.push({
        file: file.name,
        status: 'rejected',
        unitId: value.unit.id,
        unitName: value.unit.name,
        problems: [
          ...outcome.problems,
          {
            file: file.name,
            severity: 'error',
            message: `同一批中 ${value.unit.name} 有 ${sameUnit.length} 个文件（${sameUnit.join('、')}），无法判断以哪个为准，请只保留一个后重新导入`,
          },
        ],
        changes: [],
      })
      continue
    }
    if (outcome.hold && !ctx.confirmed?.includes(file.name)) {
      outcomes.push({
        file: file.name,
        status: 'held',
        unitId: value.unit.id,
        unitName: value.unit.name,
        problems: [
          ...outcome.problems,
          { file: file.name, severity: 'error', message: `待确认：${outcome.hold}` },
        ],
        changes: [],
        held: outcome.hold,
      })
      continue
    }
    const previous = latestOf(submissions, value.unit.id)
    const submission = toSubmission(value, file.name, (previous?.version ?? 0) + 1, ctx)
    const changes = previous ? describeChanges(previous, submission) : []
    const reviewDiffers = previous ? reviewScoresNowDiffering(pkg, previous, submission) : []
    submissions = [...submissions, submission]
    let marked = 0
    if (previous) {
      scores = remarkScores(scores, previous, submission, ctx.at)
      marked = scores.filter((s) => s.unitId === value.unit.id && s.selfChanged).length
    }
    history = appendHistory(history, {
      yearId: null,
      at: ctx.at,
      who: ctx.by,
      entity: 'submission',
      entityId: value.unit.id,
      action: previous ? 'reimport' : 'import',
      oldValue: previous ? { version: previous.version } : null,
      newValue: {
        version: submission.version,
        fileName: file.name,
        changes: changes.length,
        ...(marked ? { marked } : {}),
      },
      reason: `导入自查表 ${file.name}`,
    })
    outcomes.push({
      file: file.name,
      status: 'imported',
      unitId: value.unit.id,
      unitName: value.unit.name,
      version: submission.version,
      problems: outcome.problems,
      changes,
      ...(reviewDiffers.length ? { reviewDiffers } : {}),
    })
  }
  const imported = outcomes.filter((o) => o.status === 'imported').length
  return {
    pkg: imported > 0 ? { ...pkg, submissions, scores, history } : pkg,
    files: outcomes,
    imported,
    /** Refused and held alike: neither changed the package. */
    rejected: outcomes.length - imported,
  }
}

/** The unit's review scores with their 自评已更新 marks after `after` (nextSelfChangeMark). */
function remarkScores(
  scores: readonly PackageScore[],
  before: Submission,
  after: Submission,
  at: string,
): PackageScore[] {
  const old = new Map(before.items.map((i) => [i.code, i.score]))
  const now = new Map(after.items.map((i) => [i.code, i.score]))
  return scores.map((s) => {
    if (s.unitId !== after.unitId) return s
    const current = s.selfChanged ?? null
    const next = nextSelfChangeMark(
      s,
      old.get(s.itemCode) ?? null,
      now.get(s.itemCode) ?? null,
      after.version,
      at,
    )
    if (next === current) return s
    const { selfChanged: _, ...rest } = s
    return next ? { ...rest, selfChanged: next } : rest
  })
}

function latestOf(submissions: readonly Submission[], unitId: string): Submission | undefined {
  let best: Submission | undefined
  for (const s of submissions)
    if (s.unitId === unitId && (!best || s.version > best.version)) best = s
  return best
}

function toSubmission(
  value: ParsedSelfAssessment,
  fileName: string,
  version: number,
  ctx: ImportContext,
): Submission {
  return {
    unitId: value.unit.id,
    version,
    fileName,
    importedAt: ctx.at,
    importedBy: ctx.by,
    criteriaVersion: value.criteriaVersion,
    items: value.items,
    veto: value.veto,
  }
}

/** Reviewer scores of the unit whose item's self score changed and no longer matches them. */
export function reviewScoresNowDiffering(
  pkg: YearPackage,
  before: Submission,
  after: Submission,
): string[] {
  const old = new Map(before.items.map((i) => [i.code, i.score]))
  const names = new Map(pkg.reviewers.map((r) => [r.id, r.name]))
  return after.items.flatMap((item) => {
    if (old.get(item.code) === item.score) return []
    return pkg.scores
      .filter(
        (s) => s.unitId === after.unitId && s.itemCode === item.code && s.score !== item.score,
      )
      .map(
        (s) =>
          `${item.code} ${names.get(s.reviewerId) ?? s.reviewerId} 审核得分 ${formatPoints(s.score)}，自评得分 ${shown(old.get(item.code))} → ${shown(item.score)}`,
      )
  })
}

const shown = (s: number | null | undefined) =>
  s === null || s === undefined ? '空' : formatPoints(s)

/** `T1.2 自评得分 8.00 → 9.00`, one line per difference. */
export function describeChanges(before: Submission, after: Submission): string[] {
  const lines: string[] = []
  const old = new Map<string, SelfItem>(before.items.map((i) => [i.code, i]))
  for (const item of after.items) {
    const prev = old.get(item.code)
    if (!prev) {
      lines.push(`${item.code} 新增，自评得分 ${shown(item.score)}`)
      continue
    }
    if (prev.score !== item.score) {
      lines.push(`${item.code} 自评得分 ${shown(prev.score)} → ${shown(item.score)}`)
    }
    if (prev.explanation !== item.explanation) lines.push(`${item.code} 自评说明已修改`)
    if (prev.evidence.join('\n') !== item.evidence.join('\n'))
      lines.push(`${item.code} 佐证材料已修改`)
  }
  const before_ = [...before.veto.conditions].sort().join(',')
  const after_ = [...after.veto.conditions].sort().join(',')
  if (before_ !== after_) {
    lines.push(`一票否决申报 ${before_ || '无'} → ${after_ || '无'}`)
  }
  return lines
}
