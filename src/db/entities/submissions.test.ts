import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { defaultTownshipCriteria } from '../../domain'
import { saveCriteria } from './criteria'
import { isStoreError } from '../core/errors'
import { listUnits } from './roster'
import {
  importSubmissions,
  markImportProblem,
  markTemplatesIssued,
  submissionStatuses,
  submissionVersions,
} from './submissions'
import { selfAssessment, testSession, testYear } from '../core/test-support'

describe('submissions import', () => {
  it('imports a batch, and a re-import keeps the earlier version', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const [a, b] = await listUnits(s.db, y.id, { sequence: 'township' })
    const first = await importSubmissions(s, y.id, [
      selfAssessment(a!.id, { '1.1': 300 }, 'a.xlsx'),
      selfAssessment(b!.id, { '1.1': 400 }, 'b.xlsx'),
    ])
    expect(first.map((r) => [r.version, r.previous])).toEqual([
      [1, null],
      [1, null],
    ])
    await saveCriteria(s, y.id, 'township', defaultTownshipCriteria(), '新版细则')
    const again = await importSubmissions(s, y.id, [
      selfAssessment(a!.id, { '1.1': 350 }, 'a-修改.xlsx'),
    ])
    expect(again[0]).toMatchObject({ version: 2, previous: { version: 1, fileName: 'a.xlsx' } })
    expect(again[0]?.row.criteriaVersion).toBe(2)
    const versions = await submissionVersions(s.db, y.id, a!.id)
    expect(versions.map((v) => v.items[0]?.score)).toEqual([300, 350])
  })

  it('writes none of a batch when one file fails midway', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const [a, b] = await listUnits(s.db, y.id, { sequence: 'township' })
    const before = await s.db.history.count()
    const e = await importSubmissions(s, y.id, [
      selfAssessment(a!.id, { '1.1': 300 }),
      selfAssessment(b!.id, { '1.1': 300 }),
      selfAssessment('unit_missing', { '1.1': 300 }),
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
      selfAssessment(a!.id, {}, 'a.xlsx'),
      selfAssessment(a!.id, {}, 'a(1).xlsx'),
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
    await importSubmissions(s, y.id, [selfAssessment(b!.id, {})])
    st = await submissionStatuses(s.db, y.id)
    expect(st.get(b!.id)).toEqual({ status: '已回收', versions: 1 })
  })
})
