import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { isStoreError } from '../core/errors'
import { listUnits } from './roster'
import { announceImportBatch, pendingImportBatch } from './import-batch'
import { recordImportBatch, submissionStatuses } from './submissions'
import { selfAssessment, testSession, testYear } from '../core/test-support'

describe('recordImportBatch', () => {
  it('stores the good files and marks the refused units 有问题 in one write', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const [a, b] = await listUnits(s.db, y.id, { sequence: 'township' })
    const out = await recordImportBatch(
      s,
      y.id,
      [selfAssessment(a!.id, { '1.1': 400 })],
      [{ unitId: b!.id, fileName: `${b!.name}.xlsx`, messages: ['D7: 得分 12 超过满分 10'] }],
    )
    expect(out.map((o) => o.version)).toEqual([1])
    const st = await submissionStatuses(s.db, y.id)
    expect(st.get(a!.id)).toEqual({ status: '已回收', versions: 1 })
    expect(st.get(b!.id)).toEqual({ status: '有问题', versions: 0 })
    expect((await s.db.units.get(b!.id))?.importProblem?.messages).toEqual([
      'D7: 得分 12 超过满分 10',
    ])
  })

  it('writes neither the files nor the marks when the batch is refused', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const [a, b] = await listUnits(s.db, y.id, { sequence: 'township' })
    const before = await s.db.history.count()
    const e = await recordImportBatch(
      s,
      y.id,
      [selfAssessment(a!.id, { '1.1': 400 }), selfAssessment(a!.id, { '1.1': 300 }, '第二份.xlsx')],
      [{ unitId: b!.id, fileName: 'x.xlsx', messages: ['坏文件'] }],
    ).catch((x) => x)
    expect(isStoreError(e) && e.code).toBe('duplicate')
    expect(await s.db.submissions.count()).toBe(0)
    expect((await s.db.units.get(b!.id))?.importProblem ?? null).toBeNull()
    expect(await s.db.history.count()).toBe(before)
  })

  it('clears the announcement of its batch in the same write, and only when the batch lands', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const [a] = await listUnits(s.db, y.id, { sequence: 'township' })
    const batch = {
      fileNames: ['甲.xlsx', '乙.xlsx'],
      startedAt: '2026-12-07T02:00:00.000Z',
      startedBy: '王敏',
    }
    await announceImportBatch(s.db, y.id, batch)
    // Refused whole: nothing stored, so the batch still counts as not landed.
    const twice = [
      selfAssessment(a!.id, { '1.1': 400 }),
      selfAssessment(a!.id, { '1.1': 300 }, '乙.xlsx'),
    ]
    await recordImportBatch(s, y.id, twice, []).catch(() => undefined)
    expect(await pendingImportBatch(s.db, y.id)).toEqual(batch)
    await recordImportBatch(s, y.id, [selfAssessment(a!.id, { '1.1': 400 })], [])
    expect(await pendingImportBatch(s.db, y.id)).toBeUndefined()
  })
})
