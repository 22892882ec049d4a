import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { approveYear } from './approval'
import { isStoreError } from '../core/errors'
import { listHistory } from '../core/history'
import { addUnit, addUnits, listUnits, setUnitRetired, updateUnit } from './roster'
import { addReviewer } from './reviewers'
import { setReviewerScore } from './scores'
import { importSubmissions } from './submissions'
import { selfAssessment, testSession, testYear, unitInput } from '../core/test-support'

const codeOf = (e: unknown) => (isStoreError(e) ? e.code : String(e))

describe('roster', () => {
  it('adds, edits and retires units, each change in the history with old and new', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const u = await addUnit(s, y.id, unitInput(' 白云乡 '))
    expect(u.name).toBe('白云乡')
    await updateUnit(s, u.id, { contact: { name: '赵六', phone: '13800000000' } }, '更换联系人')
    await setUnitRetired(s, u.id, true, '行政区划调整')

    expect((await listUnits(s.db, y.id, { sequence: 'township' })).map((x) => x.name)).toEqual([
      '绿水街道',
      '青山镇',
    ])
    const all = await listUnits(s.db, y.id, { includeRetired: true })
    expect(all.find((x) => x.id === u.id)?.retired).toBe(true)

    const h = await listHistory(s.db, { entity: 'unit', entityId: u.id })
    expect(h.map((e) => e.action)).toEqual(['retire', 'edit', 'add'])
    expect(h[1]).toMatchObject({
      oldValue: { contact: { name: '周红' } },
      newValue: { contact: { name: '赵六', phone: '13800000000' } },
      reason: '更换联系人',
    })
  })

  it('refuses a duplicate name, an empty name and a retirement without reason', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const units = await listUnits(s.db, y.id)
    const before = await s.db.history.count()
    expect(codeOf(await addUnit(s, y.id, unitInput('青山镇', 'department')).catch((e) => e))).toBe(
      'duplicate',
    )
    expect(codeOf(await updateUnit(s, units[0]!.id, { name: '  ' }).catch((e) => e))).toBe(
      'invalid-input',
    )
    expect(codeOf(await setUnitRetired(s, units[0]!.id, true, ' ').catch((e) => e))).toBe(
      'reason-required',
    )
    expect(await s.db.history.count()).toBe(before)
  })

  it('moves a unit to the other sequence only while it has no returned file and no score', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const [withFile, withScore, free] = await listUnits(s.db, y.id)
    await importSubmissions(s, y.id, [selfAssessment(withFile!.id, { '1.1': 400 })])
    const r = await addReviewer(s, y.id, '张三')
    await setReviewerScore(s, {
      yearId: y.id,
      unitId: withScore!.id,
      reviewerId: r.id,
      itemCode: '1.1',
      score: 300,
    })
    const before = await s.db.history.count()
    for (const u of [withFile!, withScore!]) {
      const other = u.sequence === 'township' ? 'department' : 'township'
      const e = await updateUnit(s, u.id, { sequence: other }).catch((x) => x)
      expect(codeOf(e)).toBe('invalid-input')
      expect((e as Error).message).toContain('不能改换序列')
      expect((await s.db.units.get(u.id))!.sequence).toBe(u.sequence)
    }
    expect(await s.db.history.count()).toBe(before)
    // Other edits of such a unit still pass, and a unit with nothing returned may move.
    await updateUnit(s, withFile!.id, { contact: { name: '赵六', phone: '13800000000' } })
    const other = free!.sequence === 'township' ? 'department' : 'township'
    const kind = other === 'township' ? '乡镇' : '部门'
    expect((await updateUnit(s, free!.id, { sequence: other, kind })).sequence).toBe(other)
  })

  it('refuses edits to a locked year, in Chinese', async () => {
    const s = await testSession()
    const y = await testYear(s)
    await approveYear(s, y.id)
    const e = await addUnit(s, y.id, unitInput('白云乡')).catch((x) => x)
    expect(codeOf(e)).toBe('year-locked')
    expect((e as Error).message).toContain('已审定并锁定')
  })
})

describe('roster import', () => {
  it('adds a whole roster in one go, or nothing when one name is taken', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const added = await addUnits(s, y.id, [
      unitInput('白云乡'),
      unitInput('县水利局', 'department'),
    ])
    expect(added.map((u) => u.name)).toEqual(['白云乡', '县水利局'])
    expect(await listUnits(s.db, y.id)).toHaveLength(5)

    const e = await addUnits(s, y.id, [unitInput('黄河乡'), unitInput('青山镇')]).catch((x) => x)
    expect(codeOf(e)).toBe('duplicate')
    expect((e as Error).message).toContain('青山镇')
    expect(await listUnits(s.db, y.id)).toHaveLength(5)

    const twice = await addUnits(s, y.id, [unitInput('黄河乡'), unitInput('黄河乡')]).catch(
      (x) => x,
    )
    expect(codeOf(twice)).toBe('duplicate')
    const wrongKind = { ...unitInput('县林业局', 'department'), kind: '乡镇' as const }
    expect(codeOf(await addUnits(s, y.id, [wrongKind]).catch((x) => x))).toBe('invalid-input')
    expect(await listUnits(s.db, y.id)).toHaveLength(5)
  })
})
