import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { addAdjustment, listAdjustments, removeAdjustment } from './adjustments'
import { isStoreError } from '../core/errors'
import { listHistory, verifyHistory } from '../core/history'
import { addReviewer } from './reviewers'
import { listUnits, setUnitRetired, updateUnit } from './roster'
import { listScores, setReviewerScore } from './scores'
import { testSession, testYear } from '../core/test-support'
import { revertChange } from './undo'
import { currentCriteria, saveCriteria } from './criteria'
import { updateYearSettings } from './years'

const codeOf = (e: unknown) => (isStoreError(e) ? e.code : String(e))

describe('revertChange', () => {
  it('puts a score back to its old value, recorded as a revert', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const [unit] = await listUnits(s.db, y.id)
    const r = await addReviewer(s, y.id, '张三')
    const cell = { yearId: y.id, unitId: unit!.id, reviewerId: r.id, itemCode: '1.1' }
    await setReviewerScore(s, { ...cell, score: 400 })
    await setReviewerScore(s, { ...cell, score: 300, reason: '缺少佐证' })
    const [change] = await listHistory(s.db, { entity: 'score' })
    await revertChange(s, change!.seq!, '录入错误')
    expect((await listScores(s.db, y.id)).map((x) => x.score)).toEqual([400])
    const [undo] = await listHistory(s.db, { entity: 'score' })
    expect(undo?.reason).toBe(`撤销第 ${change!.seq} 条：录入错误`)
    expect((await verifyHistory(s.db)).intact).toBe(true)
  })

  it('refuses to revert an entry that a later change superseded', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const [unit] = await listUnits(s.db, y.id)
    await updateUnit(s, unit!.id, { contact: { name: 'A', phone: '' } })
    const [edit] = await listHistory(s.db, { entity: 'unit', entityId: unit!.id })
    await updateUnit(s, unit!.id, { contact: { name: 'B', phone: '' } })
    expect(codeOf(await revertChange(s, edit!.seq!, '误改').catch((e) => e))).toBe('invalid-input')
    expect(codeOf(await revertChange(s, edit!.seq!, '').catch((e) => e))).toBe('reason-required')
  })

  it('reinstates a retired unit and restores a withdrawn adjustment', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const [unit] = await listUnits(s.db, y.id)
    await setUnitRetired(s, unit!.id, true, '合并')
    const [retire] = await listHistory(s.db, { entity: 'unit', entityId: unit!.id })
    await revertChange(s, retire!.seq!, '未合并')
    expect((await s.db.units.get(unit!.id))?.retired).toBe(false)

    const adj = await addAdjustment(s, {
      yearId: y.id,
      unitId: unit!.id,
      itemCode: null,
      // Positive: the unit has no scores yet, and its total may not go below 0.
      delta: 50,
      reason: '监管',
    })
    await removeAdjustment(s, adj.id, '误删前')
    const [removal] = await listHistory(s.db, { entity: 'adjustment', entityId: adj.id })
    await revertChange(s, removal!.seq!, '不应撤回')
    expect(await listAdjustments(s.db, y.id)).toHaveLength(1)
  })
})

describe('reverting criteria and settings', () => {
  it('puts the previous sheet back, and refuses when the sheet changed again since', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const original = (await currentCriteria(s.db, y.id, 'township'))!.sheet
    const edited = structuredClone(original)
    edited.title = '修订稿'
    await saveCriteria(s, y.id, 'township', edited)
    const [edit] = await listHistory(s.db, { entity: 'criteria', entityId: 'township' })
    await revertChange(s, edit!.seq!, '改错了')
    expect((await currentCriteria(s.db, y.id, 'township'))!.sheet).toEqual(original)

    const [revert] = await listHistory(s.db, { entity: 'criteria', entityId: 'township' })
    expect(revert?.action).toBe('revert')
    expect(codeOf(await revertChange(s, edit!.seq!, '再撤').catch((e) => e))).toBe('invalid-input')
  })

  it('puts the previous settings back', async () => {
    const s = await testSession()
    const y = await testYear(s)
    await updateYearSettings(s, y.id, { ...y.settings, advancedPassOn: true }, '县委要求顺延')
    const [change] = await listHistory(s.db, { entity: 'settings' })
    await revertChange(s, change!.seq!, '会议未通过')
    expect((await s.db.years.get(y.id))?.settings.advancedPassOn).toBe(false)
  })
})
