import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { isStoreError } from '../core/errors'
import { verifyHistory } from '../core/history'
import { setUnitRetired } from './roster'
import { exportYearPackage, loadYearPackage } from '../transfer/package'
import {
  createYear,
  createYearFromPrevious,
  getYear,
  latestCriteria,
  listYears,
  updateYearSettings,
} from './years'
import { testSession, testYear, unitInput } from '../core/test-support'
import { defaultTownshipCriteria, defaultYearSettings } from '../../domain'

describe('years', () => {
  it('creates a year with its roster and criteria, recorded in the history', async () => {
    const s = await testSession()
    const y = await testYear(s)
    expect(y).toMatchObject({
      year: 2026,
      title: '青川县2026年度环境保护党政同责工作目标绩效考评',
      locked: false,
      createdBy: '王敏',
    })
    expect(await s.db.units.where('yearId').equals(y.id).count()).toBe(3)
    expect((await latestCriteria(s.db, y.id)).map((c) => [c.sequence, c.version])).toEqual([
      ['department', 1],
      ['township', 1],
    ])
    const [entry] = await s.db.history.toArray()
    expect(entry).toMatchObject({ entity: 'year', action: 'create-scratch', who: '王敏' })
    expect((await verifyHistory(s.db)).intact).toBe(true)
  })

  it('copies the current roster and latest criteria from the previous year', async () => {
    const s = await testSession()
    const prev = await testYear(s, 2025)
    const qingshan = (await s.db.units.toArray()).find((u) => u.name === '青山镇')!
    await setUnitRetired(s, qingshan.id, true, '撤镇并街')
    const next = await createYearFromPrevious(s, prev.id, { year: 2026 })
    const names = (await s.db.units.where('yearId').equals(next.id).toArray()).map((u) => u.name)
    expect(names.sort()).toEqual(['县生态环境局', '绿水街道'])
    expect(next.settings).toEqual(prev.settings)
    expect(next.origin).toBe('previous')
    expect(await latestCriteria(s.db, next.id)).toHaveLength(2)
    expect((await listYears(s.db)).map((y) => y.year)).toEqual([2026, 2025])
  })

  it('refuses an impossible year number and writes nothing', async () => {
    const s = await testSession()
    const e = await createYear(
      s,
      { year: 26, settings: defaultYearSettings() },
      { units: [], criteria: [] },
      'scratch',
    )
      .then(() => null)
      .catch((x: unknown) => x)
    expect(isStoreError(e) && e.code).toBe('invalid-input')
    expect(await s.db.years.count()).toBe(0)
  })

  it('leaves nothing behind when year creation fails midway (a duplicate criteria row)', async () => {
    const s = await testSession()
    const sheet = defaultTownshipCriteria()
    const e = await createYear(
      s,
      { year: 2026, settings: defaultYearSettings() },
      {
        units: [{ ...unitInput('青山镇'), retired: false }],
        criteria: [sheet, sheet],
      },
      'scratch',
    ).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(Error)
    expect(await s.db.years.count()).toBe(0)
    expect(await s.db.units.count()).toBe(0)
    expect(await s.db.history.count()).toBe(0)
  })

  it('renames the year everywhere when the county is renamed: the title follows the settings', async () => {
    const s = await testSession()
    const y = await testYear(s)
    await updateYearSettings(s, y.id, { ...y.settings, countyName: '青山县' })
    const title = '青山县2026年度环境保护党政同责工作目标绩效考评'
    expect((await listYears(s.db)).map((r) => r.title)).toEqual([title])
    expect((await getYear(s.db, y.id)).title).toBe(title)
    expect((await loadYearPackage(s.db, y.id)).title).toBe(title)
    expect((await exportYearPackage(s.db, y.id)).fileName).toContain('青山县2026年度')
    // Whatever a row stored (older data, a package's own title), the settings decide.
    await s.db.years.update(y.id, { title: '2026年度' })
    expect((await getYear(s.db, y.id)).title).toBe(title)
    expect((await listYears(s.db)).map((r) => r.title)).toEqual([title])
  })
})
