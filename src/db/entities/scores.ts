/**
 * Reviewer scores (审核评分): one row per reviewer, unit and item, saved the moment a cell is
 * committed, each change with its history entry in the same transaction. Nothing invalid is
 * stored: the score must be within the item's maximum and on its step, and a reason is needed
 * wherever the score differs from the unit's self score (SPEC §2 step 4).
 */
import { formatPoints } from '../../domain'
import type { AssessmentDB } from '../core/database'
import { findItemRule, selfScoreOf, type ItemRule } from './item-rules'
import { StoreError } from '../core/errors'
import { requireFound, requireUnlockedYear } from '../core/guards'
import type { CriteriaRow, ReviewerRow, ScoreRow, SubmissionRow, UnitRow } from '../core/rows'
import { scoreId } from '../core/ids'
import { ScorePackEditor } from './score-packs'
import { writeTransaction, type Session, type WriteScope } from '../core/session'
import { currentCriteria } from './criteria'
import { latestSubmission } from './submissions'

export interface ScoreInput {
  yearId: string
  unitId: string
  reviewerId: string
  itemCode: string
  /** Integer hundredths; null clears the cell. */
  score: number | null
  reason?: string
}

export interface ScoreChange {
  old: ScoreRow | null
  /** null when the cell was cleared. */
  row: ScoreRow | null
}

const fmt = (h: number) => (h / 100).toFixed(2).replace(/\.?0+$/, '')

/** The checks a score must pass; also used by the grid to refuse a cell before saving. */
export function checkScore(
  rule: ItemRule,
  score: number,
  selfScore: number | null,
  reason: string,
): string | null {
  if (!Number.isInteger(score)) return `${rule.code}：分数最多两位小数。`
  if (score < 0) return `${rule.code}：分数不能为负。`
  if (score > rule.max) return `${rule.code}：得分 ${fmt(score)} 超过满分 ${fmt(rule.max)}。`
  if (score % rule.step !== 0) return `${rule.code}：分数须为 ${fmt(rule.step)} 的整数倍。`
  if (selfScore !== null && score !== selfScore && reason.trim() === '') {
    return `${rule.code}：评分 ${fmt(score)} 与自评 ${fmt(selfScore)} 不同，请填写理由。`
  }
  return null
}

/**
 * Lookups shared by the cells of one write (a pasted column, an imported reviewer sheet of
 * thousands of cells: each unit, reviewer, criteria sheet and submission read once), and the
 * score packs the cells change, written by `finish` before the transaction ends.
 */
export class ScoreBatch {
  readonly packs: ScorePackEditor
  private readonly units = new Map<string, Promise<UnitRow | undefined>>()
  private readonly reviewers = new Map<string, Promise<ReviewerRow | undefined>>()
  private readonly criteria = new Map<string, Promise<CriteriaRow | null>>()
  private readonly submissions = new Map<string, Promise<SubmissionRow | undefined>>()

  constructor(private readonly db: AssessmentDB) {
    this.packs = new ScorePackEditor(db)
  }

  unit(id: string) {
    return memo(this.units, id, () => this.db.units.get(id))
  }
  reviewer(id: string) {
    return memo(this.reviewers, id, () => this.db.reviewers.get(id))
  }
  sheet(yearId: string, sequence: UnitRow['sequence']) {
    return memo(this.criteria, `${yearId}|${sequence}`, () =>
      currentCriteria(this.db, yearId, sequence),
    )
  }
  submission(yearId: string, unitId: string) {
    return memo(this.submissions, `${yearId}|${unitId}`, () =>
      latestSubmission(this.db, yearId, unitId),
    )
  }
  finish(): Promise<void> {
    return this.packs.flush()
  }
}

function memo<T>(cache: Map<string, Promise<T>>, key: string, read: () => Promise<T>) {
  let p = cache.get(key)
  if (!p) {
    p = read()
    cache.set(key, p)
  }
  return p
}

/**
 * `as` overrides how the history names the change (an undo records itself as a revert). With a
 * `batch` the caller finishes it; without one the cell's pack is written here.
 */
export async function applyScore(
  db: AssessmentDB,
  w: WriteScope,
  input: ScoreInput,
  as?: { action: string; reason: string },
  batch?: ScoreBatch,
): Promise<ScoreChange> {
  const b = batch ?? new ScoreBatch(db)
  const unit = requireFound(await b.unit(input.unitId), '单位')
  const reviewer = requireFound(await b.reviewer(input.reviewerId), '评分人')
  if (unit.yearId !== input.yearId || reviewer.yearId !== input.yearId) {
    throw new StoreError('invalid-input', '单位或评分人不属于此年度。')
  }
  const id = scoreId(input.yearId, input.unitId, input.reviewerId, input.itemCode)
  const old = (await db.scores.get(id)) ?? null
  const reason = (input.reason ?? '').trim()
  let row: ScoreRow | null = null
  if (input.score === null) {
    if (!old) return { old, row: null }
    await db.scores.delete(id)
    await b.packs.clear(input.yearId, input.unitId, input.reviewerId, input.itemCode)
  } else {
    const criteria = await b.sheet(input.yearId, unit.sequence)
    const rule = criteria ? findItemRule(criteria.sheet, input.itemCode) : null
    if (!rule) throw new StoreError('invalid-input', `细则中没有指标 ${input.itemCode}。`)
    const submission = await b.submission(input.yearId, input.unitId)
    const self = submission ? selfScoreOf(submission, input.itemCode) : null
    const problem = checkScore(rule, input.score, self, reason)
    if (problem) throw new StoreError('invalid-input', `${unit.name} · ${problem}`)
    if (old && old.score === input.score && old.reason === reason) return { old, row: old }
    row = {
      id,
      yearId: input.yearId,
      unitId: input.unitId,
      reviewerId: input.reviewerId,
      itemCode: input.itemCode,
      score: input.score,
      reason,
      updatedAt: w.at,
      updatedBy: w.who,
    }
    await db.scores.put(row)
    await b.packs.set(input.yearId, input.unitId, row)
  }
  await w.record({
    yearId: input.yearId,
    entity: 'score',
    // Relative to the year (the entry carries yearId), so it survives a restore under a new id.
    entityId: `${input.unitId}|${input.reviewerId}|${input.itemCode}`,
    action: as?.action ?? (row === null ? 'clear' : old ? 'change' : 'set'),
    oldValue: old ? { score: old.score, reason: old.reason } : null,
    newValue: row ? { score: row.score, reason: row.reason } : null,
    reason: as?.reason ?? reason,
  })
  if (!batch) await b.finish()
  return { old, row }
}

export const scoreTables = (db: AssessmentDB) => [
  db.years,
  db.units,
  db.reviewers,
  db.criteria,
  db.submissions,
  db.scores,
  db.scorePacks,
]

/** Saves one cell; refused with a Chinese message when the year is locked or the score invalid. */
/**
 * The one shape of a score write: one transaction, refused in a locked year, the cells applied
 * through one batch whose packs are written before the transaction ends.
 */
async function writeScores<T>(
  s: Session,
  yearId: string,
  body: (w: WriteScope, batch: ScoreBatch) => Promise<T>,
): Promise<T> {
  const { db } = s
  return writeTransaction(s, scoreTables(db), async (w) => {
    await requireUnlockedYear(db, yearId)
    const batch = new ScoreBatch(db)
    const out = await body(w, batch)
    await batch.finish()
    return out
  })
}

/** Saves one cell; refused with a Chinese message when the year is locked or the score invalid. */
export async function setReviewerScore(s: Session, input: ScoreInput): Promise<ScoreChange> {
  return writeScores(s, input.yearId, (w, batch) => applyScore(s.db, w, input, undefined, batch))
}

/** Saves many cells (a pasted column): all of them or none. */
export async function setReviewerScores(
  s: Session,
  yearId: string,
  inputs: readonly ScoreInput[],
): Promise<ScoreChange[]> {
  return writeScores(s, yearId, async (w, batch) => {
    const out: ScoreChange[] = []
    for (const input of inputs) {
      if (input.yearId !== yearId) throw new StoreError('invalid-input', '评分不属于此年度。')
      out.push(await applyScore(s.db, w, input, undefined, batch))
    }
    return out
  })
}

/**
 * The reviewer keeps a score a later self-assessment version overtook (ScoreRow.selfChanged):
 * the mark goes, the score stays, and the history says who confirmed it against which self
 * scores. Refused when the score carries no mark (already confirmed or re-scored).
 */
export async function confirmSelfChange(
  s: Session,
  yearId: string,
  unitId: string,
  reviewerId: string,
  itemCode: string,
): Promise<void> {
  const { db } = s
  await writeScores(s, yearId, async (w) => {
    const row = await db.scores.get(scoreId(yearId, unitId, reviewerId, itemCode))
    if (!row?.selfChanged) {
      throw new StoreError('invalid-input', `${itemCode}：没有待确认的自评更新。`)
    }
    const change = row.selfChanged
    await db.scores.put({ ...row, selfChanged: null })
    await w.record({
      yearId,
      entity: 'score',
      entityId: `${unitId}|${reviewerId}|${itemCode}`,
      action: CONFIRM_SELF_CHANGE,
      oldValue: { score: row.score, reason: row.reason, selfChanged: change },
      newValue: { score: row.score, reason: row.reason },
      reason: `自评已更新（第 ${change.version} 版：${shownSelf(change.from)} → ${shownSelf(change.to)}），评分人确认维持 ${formatPoints(row.score)}`,
    })
  })
}

/** History action of a confirmation; nothing to undo (the score never changed). */
export const CONFIRM_SELF_CHANGE = 'confirm-self'

const shownSelf = (h: number | null) => (h === null ? '空' : formatPoints(h))

export interface ScoreQuery {
  unitId?: string
  reviewerId?: string
}

export async function listScores(
  db: AssessmentDB,
  yearId: string,
  q: ScoreQuery = {},
): Promise<ScoreRow[]> {
  if (q.unitId !== undefined && q.reviewerId !== undefined) {
    return db.scores
      .where('[yearId+unitId+reviewerId]')
      .equals([yearId, q.unitId, q.reviewerId])
      .toArray()
  }
  if (q.unitId !== undefined) {
    return db.scores.where('[yearId+unitId]').equals([yearId, q.unitId]).toArray()
  }
  if (q.reviewerId !== undefined) {
    return db.scores.where('[yearId+reviewerId]').equals([yearId, q.reviewerId]).toArray()
  }
  return db.scores.where('yearId').equals(yearId).toArray()
}

/** One reviewer score sheet filled on another PC, as parsed by src/excel (all its cells good). */
export interface ReviewerSheetInput {
  fileName: string
  reviewerId: string
  /** The sheet's filled cells; each for `reviewerId`. Empty cells are not listed. */
  scores: readonly Omit<ScoreInput, 'yearId' | 'reviewerId'>[]
}

export interface ReviewerSheetResult {
  fileName: string
  reviewerName: string
  added: number
  changed: number
  unchanged: number
}

/**
 * Imports reviewer score sheets: every cell of every sheet or nothing (one transaction). Each
 * changed cell gets its own history entry, as if typed in the grid (so each can be undone), and
 * each sheet one more entry naming the file and its counts. A later sheet's cell replaces an
 * earlier one's, as in the order the files were given.
 */
export async function importReviewerScores(
  s: Session,
  yearId: string,
  sheets: readonly ReviewerSheetInput[],
): Promise<ReviewerSheetResult[]> {
  const { db } = s
  return writeScores(s, yearId, async (w, batch) => {
    const out: ReviewerSheetResult[] = []
    for (const sheet of sheets) {
      const reviewer = requireFound(await batch.reviewer(sheet.reviewerId), '评分人')
      if (reviewer.yearId !== yearId) {
        throw new StoreError('invalid-input', `${sheet.fileName}：评分人不属于此年度。`)
      }
      const counts = { added: 0, changed: 0, unchanged: 0 }
      for (const cell of sheet.scores) {
        if (cell.score === null) continue
        const r = await applyScore(
          db,
          w,
          { ...cell, yearId, reviewerId: sheet.reviewerId },
          undefined,
          batch,
        )
        if (r.old === null) counts.added++
        else if (r.row === r.old) counts.unchanged++
        else counts.changed++
      }
      await w.record({
        yearId,
        entity: 'reviewer',
        entityId: reviewer.id,
        action: 'import',
        oldValue: null,
        newValue: { title: `${reviewer.name}的评分表 ${sheet.fileName}`, ...counts },
        reason: `导入评分表 ${sheet.fileName}：新增 ${counts.added} 项，修改 ${counts.changed} 项`,
      })
      out.push({ fileName: sheet.fileName, reviewerName: reviewer.name, ...counts })
    }
    return out
  })
}
