import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { saveCriteria } from './criteria'
import { isStoreError } from './errors'
import { listUnits } from './roster'
import {
  importSubmissions,
  markImportProblem,
  markTemplatesIssued,
  submissionStatuses,
  submissionVersions,
} from './submissions'
import { testSession, testYear } from './test-support'

describe('submissions import', () => {
  it('imports a batch, and a re-import keeps the earlier version', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const [a, b] = await listUnits(s.db, y.id, { sequence: 'township' })
    const first = await importSubmissions(s, y.id, [
      { unitId: a!.id, fileName: 'a.xlsx', data: { self: { A1: 800 } } },
      { unitId: b!.id, fileName: 'b.xlsx', data: { self: { A1: 900 } } },
    ])
    expect(first.map((r) => [r.version, r.previous])).toEqual([
      [1, null],
      [1, null],
    ])
    await saveCriteria(s, y.id, 'township', { items: [] }, '新版细则')
    const again = await importSubmissions(s, y.id, [
      { unitId: a!.id, fileName: 'a-修改.xlsx', data: { self: { A1: 850 } } },
    ])
    expect(again[0]).toMatchObject({ version: 2, previous: { version: 1, fileName: 'a.xlsx' } })
    expect(again[0]?.row.criteriaVersion).toBe(2)
    const versions = await submissionVersions(s.db, y.id, a!.id)
    expect(versions.map((v) => v.data)).toEqual([{ self: { A1: 800 } }, { self: { A1: 850 } }])
  })

  it('writes none of a batch when one file fails midway', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const [a, b] = await listUnits(s.db, y.id, { sequence: 'township' })
    const before = await s.db.history.count()
    const e = await importSubmissions(s, y.id, [
      { unitId: a!.id, fileName: 'a.xlsx', data: {} },
      { unitId: b!.id, fileName: 'b.xlsx', data: {} },
      { unitId: 'unit_missing', fileName: 'c.xlsx', data: {} },
    ]).catch((x) => x)
    expect(isStoreError(e) && e.code).toBe('not-found')
    expect(await s.db.submissions.count()).toBe(0)
    expect(await s.db.history.count()).toBe(before)
  })

  it('refuses two files for one unit in a batch', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const [a] = await listUnits(s.db, y.id)
    const e = await importSubmissions(s, y.id, [
      { unitId: a!.id, fileName: 'a.xlsx', data: {} },
      { unitId: a!.id, fileName: 'a(1).xlsx', data: {} },
    ]).catch((x) => x)
    expect(isStoreError(e) && e.code).toBe('duplicate')
    expect(await s.db.submissions.count()).toBe(0)
  })

  it('tracks each unit from 未下发 to 已下发, 有问题 and 已回收', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const [a, b, c] = await listUnits(s.db, y.id)
    await markTemplatesIssued(s, y.id, [a!.id, b!.id])
    await markImportProblem(s, b!.id, 'b.xlsx', ['D7: 得分 12 超过满分 10'])
    let st = await submissionStatuses(s.db, y.id)
    expect([a, b, c].map((u) => st.get(u!.id)?.status)).toEqual(['已下发', '有问题', '未下发'])
    await importSubmissions(s, y.id, [{ unitId: b!.id, fileName: 'b.xlsx', data: {} }])
    st = await submissionStatuses(s.db, y.id)
    expect(st.get(b!.id)).toEqual({ status: '已回收', versions: 1 })
  })
})
