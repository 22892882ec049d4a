/**
 * Undoing a change from the history (issue 4, item 8): the entry's old value is written back as
 * a new change, with its own history entry saying which entry it reverts and why. Only the
 * latest state can be reverted: if the record changed again after the entry, the undo is
 * refused rather than silently discarding the later change.
 */
import { canonicalJson } from '../../domain'
import type { AssessmentDB } from '../core/database'
import { StoreError } from '../core/errors'
import { requireFound, requireReason, requireUnlockedYear } from '../core/guards'
import type { AdjustmentRow, HistoryRow, LedgerRow, UnitRow } from '../core/rows'
import { scoreId } from '../core/ids'
import { CONFIRM_SELF_CHANGE, applyScore, scoreTables } from './scores'
import { applyCriteriaSave, currentCriteria } from './criteria'
import type { CriteriaSheet, YearSettings } from '../../domain'
import { writeTransaction, type Session, type WriteScope } from '../core/session'

export const REVERTIBLE_ENTITIES = [
  'score',
  'unit',
  'adjustment',
  'ledger',
  'criteria',
  'settings',
] as const

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b)

const laterChange = () =>
  new StoreError('invalid-input', '该记录在此之后又被修改过，请先撤销后面的修改。')

async function revertScore(db: AssessmentDB, w: WriteScope, h: HistoryRow, reason: string) {
  const yearId = h.yearId ?? ''
  const [unitId, reviewerId, itemCode] = h.entityId.split('|') as [string, string, string]
  const current = await db.scores.get(scoreId(yearId, unitId, reviewerId, itemCode))
  const now = current ? { score: current.score, reason: current.reason } : null
  const after = h.newValue as { score: number; reason: string } | null
  if (!same(now, after === null ? null : { score: after.score, reason: after.reason })) {
    throw laterChange()
  }
  const before = h.oldValue as { score: number; reason: string } | null
  const input = { yearId, unitId, reviewerId, itemCode }
  const back = { score: before?.score ?? null, reason: before?.reason ?? '' }
  await applyScore(db, w, { ...input, ...back }, { action: 'revert', reason })
}

async function revertUnit(db: AssessmentDB, w: WriteScope, h: HistoryRow, reason: string) {
  const current = requireFound(await db.units.get(h.entityId), '单位')
  let next: UnitRow
  if (h.action === 'edit') {
    if (!same(current, h.newValue)) throw laterChange()
    next = h.oldValue as UnitRow
  } else if (h.action === 'retire' || h.action === 'reinstate') {
    next = { ...current, retired: h.action !== 'retire' }
  } else if (h.action === 'add') {
    next = { ...current, retired: true } // referenced rows may exist: retire, never delete
  } else {
    throw new StoreError('invalid-input', '这类修改不能撤销。')
  }
  await db.units.put(next)
  await w.record({
    yearId: h.yearId,
    entity: 'unit',
    entityId: h.entityId,
    action: 'revert',
    oldValue: current,
    newValue: next,
    reason,
  })
}

async function revertWithdrawable(db: AssessmentDB, w: WriteScope, h: HistoryRow, reason: string) {
  const name = h.entity === 'adjustment' ? 'adjustments' : 'ledger'
  const table = db.table<AdjustmentRow | LedgerRow, string>(name)
  const current = requireFound(await table.get(h.entityId), '记录')
  const removed = h.action === 'add'
  if (current.removed === removed) throw laterChange()
  await table.put({ ...current, removed })
  await w.record({
    yearId: h.yearId,
    entity: h.entity,
    entityId: h.entityId,
    action: 'revert',
    oldValue: { removed: current.removed },
    newValue: { removed },
    reason,
  })
}

async function revertCriteria(db: AssessmentDB, w: WriteScope, h: HistoryRow, reason: string) {
  const yearId = h.yearId ?? ''
  const after = h.newValue as { sheet: CriteriaSheet }
  const before = h.oldValue as { sheet: CriteriaSheet } | null
  const current = await currentCriteria(db, yearId, after.sheet.sequence)
  const { version: _a, ...now } = current?.sheet ?? ({} as CriteriaSheet)
  const { version: _b, ...then } = after.sheet
  if (!same(now, then)) throw laterChange()
  if (!before) throw new StoreError('invalid-input', '这是细则的首次保存，无可恢复的旧版本。')
  await applyCriteriaSave(db, w, yearId, before.sheet, reason, 'revert')
}

async function revertSettings(db: AssessmentDB, w: WriteScope, h: HistoryRow, reason: string) {
  const year = requireFound(await db.years.get(h.yearId ?? ''), '年度')
  if (!same(year.settings, h.newValue)) throw laterChange()
  await db.years.put({ ...year, settings: h.oldValue as YearSettings })
  await w.record({
    yearId: year.id,
    entity: 'settings',
    entityId: year.id,
    action: 'revert',
    oldValue: year.settings,
    newValue: h.oldValue,
    reason,
  })
}

export interface RevertResult {
  entity: string
  entityId: string
}

export async function revertChange(s: Session, seq: number, reason: string): Promise<RevertResult> {
  const why = requireReason(reason, '撤销修改')
  const { db } = s
  const tables = [...scoreTables(db), db.adjustments, db.ledger, db.meta]
  return writeTransaction(s, tables, async (w) => {
    const h = requireFound(await db.history.get(seq), '历史记录')
    if (
      !(REVERTIBLE_ENTITIES as readonly string[]).includes(h.entity) ||
      h.action === 'revert' ||
      h.action === CONFIRM_SELF_CHANGE
    ) {
      throw new StoreError('invalid-input', '这类修改不能从历史记录撤销，请从备份恢复。')
    }
    if (h.yearId === null) throw new StoreError('invalid-input', '这条记录不属于任何年度。')
    await requireUnlockedYear(db, h.yearId)
    const text = `撤销第 ${seq} 条：${why}`
    if (h.entity === 'score') await revertScore(db, w, h, text)
    else if (h.entity === 'unit') await revertUnit(db, w, h, text)
    else if (h.entity === 'criteria') await revertCriteria(db, w, h, text)
    else if (h.entity === 'settings') await revertSettings(db, w, h, text)
    else await revertWithdrawable(db, w, h, text)
    return { entity: h.entity, entityId: h.entityId }
  })
}
