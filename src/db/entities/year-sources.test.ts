import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { computeResults, createSampleYear } from '../../domain'
import { verifyHistory } from '../core/history'
import { loadYearPackage } from '../transfer/package'
import { listUnits } from './roster'
import { testSession } from '../core/test-support'
import { createYearFromSample, createYearFromScratch } from './year-sources'
import { latestCriteria } from './years'

describe('starting a year', () => {
  it('from scratch: default settings and both default sheets, no units', async () => {
    const s = await testSession()
    const y = await createYearFromScratch(s, { year: 2027, countyName: '青川县' })
    expect(y).toMatchObject({
      year: 2027,
      title: '青川县2027年度环境保护党政同责工作目标绩效考评',
      origin: 'scratch',
    })
    expect(y.settings.partyOffice).toBe('中共青川县委办公室')
    expect((await latestCriteria(s.db, y.id)).map((c) => c.sequence)).toEqual([
      'department',
      'township',
    ])
    expect(await listUnits(s.db, y.id)).toEqual([])
  })

  it('from the sample: a whole county year whose results compute from the store', async () => {
    const s = await testSession()
    const y = await createYearFromSample(s)
    expect(y.origin).toBe('sample')
    const units = await listUnits(s.db, y.id)
    expect(units.length).toBeGreaterThan(10)
    expect(await s.db.scores.where('yearId').equals(y.id).count()).toBeGreaterThan(100)
    // Every total, rank and outcome comes out as it does from the sample package itself.
    const fromStore = computeResults(await loadYearPackage(s.db, y.id))
    expect(fromStore).toEqual(computeResults(createSampleYear()))
    expect((await verifyHistory(s.db)).intact).toBe(true)
  })
})
