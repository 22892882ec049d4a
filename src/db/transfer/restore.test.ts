import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { addAdjustment } from '../entities/adjustments'
import { isStoreError } from '../core/errors'
import { listHistory, verifyHistory } from '../core/history'
import { deleteYear, restoreYearAsNew, restoreYearReplace, snapshotYear } from './restore'
import { addReviewer } from '../entities/reviewers'
import { addUnit, listUnits } from '../entities/roster'
import { setReviewerScore } from '../entities/scores'
import { importSubmissions } from '../entities/submissions'
import { selfAssessment, testSession, testYear, unitInput } from '../core/test-support'

async function busyYear() {
  const s = await testSession()
  const y = await testYear(s)
  const units = await listUnits(s.db, y.id, { sequence: 'township' })
  const r = await addReviewer(s, y.id, '张三')
  await importSubmissions(s, y.id, [selfAssessment(units[0]!.id, { '1.1': 400 })])
  await setReviewerScore(s, {
    yearId: y.id,
    unitId: units[0]!.id,
    reviewerId: r.id,
    itemCode: '1.1',
    score: 350,
    reason: '资料不全',
  })
  await addAdjustment(s, {
    yearId: y.id,
    unitId: units[0]!.id,
    itemCode: null,
    delta: -100,
    reason: '日常监管',
  })
  return { s, y, units, r }
}

describe('restore', () => {
  it('restores a year as new under fresh ids, references intact, history carried', async () => {
    const { s, y } = await busyYear()
    const snap = await snapshotYear(s.db, y.id)
    const restored = await restoreYearAsNew(s, snap)
    expect(restored.id).not.toBe(y.id)
    const copy = await snapshotYear(s.db, restored.id)
    expect(copy.units.map((u) => u.name).sort()).toEqual(snap.units.map((u) => u.name).sort())
    const unitIds = new Set(copy.units.map((u) => u.id))
    const reviewerIds = new Set(copy.reviewers.map((r) => r.id))
    expect(copy.scores).toHaveLength(1)
    expect(unitIds.has(copy.scores[0]!.unitId)).toBe(true)
    expect(reviewerIds.has(copy.scores[0]!.reviewerId)).toBe(true)
    expect(unitIds.has(copy.submissions[0]!.unitId)).toBe(true)
    expect(unitIds.has(copy.adjustments[0]!.unitId)).toBe(true)
    // Every entry of the source year's history came along, plus the restore itself.
    expect(copy.history.length).toBe(snap.history.length + 1)
    expect(copy.history.at(-1)).toMatchObject({ action: 'restore-as-new' })
    expect((await verifyHistory(s.db)).intact).toBe(true)
  })

  it('replaces a year, returns the old one as a backup, and the backup undoes it', async () => {
    const { s, y } = await busyYear()
    const before = await snapshotYear(s.db, y.id)
    await addUnit(s, y.id, unitInput('新增乡'))
    const { year, backup } = await restoreYearReplace(s, y.id, before)
    expect(year.id).toBe(y.id)
    expect(backup.units).toHaveLength(4)
    expect(await listUnits(s.db, y.id)).toHaveLength(3)
    // Restoring this PC's own backup does not duplicate the history it already holds.
    const h = await listHistory(s.db, { yearId: y.id, limit: 1000 })
    expect(h.filter((e) => e.action === 'add' && e.entity === 'unit')).toHaveLength(1)

    await restoreYearReplace(s, y.id, backup)
    expect((await listUnits(s.db, y.id)).map((u) => u.name)).toContain('新增乡')
    expect((await verifyHistory(s.db)).intact).toBe(true)
  })

  it('leaves the store exactly as it was when a restore fails midway', async () => {
    const { s, y } = await busyYear()
    const before = await snapshotYear(s.db, y.id)
    const countsBefore = await Promise.all(s.db.tables.map((t) => t.count()))
    const broken = structuredClone(before)
    // Two criteria rows with the same key: the insert fails after the old year was deleted.
    broken.criteria.push({ ...broken.criteria[0]! })
    const e = await restoreYearReplace(s, y.id, broken).catch((x) => x)
    expect(e).toBeInstanceOf(Error)
    expect(await Promise.all(s.db.tables.map((t) => t.count()))).toEqual(countsBefore)
    expect(await snapshotYear(s.db, y.id)).toEqual(before)
  })

  it('deletes a year with a reason and hands back what it deleted', async () => {
    const { s, y } = await busyYear()
    expect(isStoreError(await deleteYear(s, y.id, '').catch((x) => x))).toBe(true)
    const backup = await deleteYear(s, y.id, '重复创建')
    expect(await s.db.years.get(y.id)).toBeUndefined()
    expect(await s.db.scores.count()).toBe(0)
    const back = await restoreYearAsNew(s, backup)
    expect(await listUnits(s.db, back.id)).toHaveLength(3)
  })
})
