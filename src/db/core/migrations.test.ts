import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import type { Sequence } from '../../domain'
import { describe, expect, it, vi } from 'vitest'
import { APP_SCHEMA } from './database'
import { isStoreError } from './errors'
import {
  V1_STORES,
  V2_STORES,
  V3_STORES,
  criteriaSheetToVersion1,
  type CriteriaSheetV1,
} from './migrations'
import { readYearScores } from '../entities/score-packs'
import {
  APP_SCHEMA_KEY,
  installedSchemaVersion,
  openDatabase,
  type RawSnapshot,
} from './open-database'
import { previewPackage } from '../transfer/package'
import { freshDbName } from './test-support'

const sheet = (yearId: string, sequence: Sequence, items: number): CriteriaSheetV1 => ({
  yearId,
  sequence,
  sheet: {
    sequence,
    title: '细则',
    categories: [
      {
        title: '加强组织领导情况',
        items: Array.from({ length: items }, (_, i) => ({
          code: `A${i + 1}`,
          title: `指标${i + 1}`,
          max: 100,
          standard: '',
        })),
      },
    ],
    vetoes: [],
  },
  updatedAt: '2025-03-01T08:00:00.000Z',
  updatedBy: '王敏',
})

async function createV1Database(name: string): Promise<void> {
  const v1 = new Dexie(name)
  v1.version(1).stores(V1_STORES)
  await v1.open()
  await v1.table('meta').put({ key: APP_SCHEMA_KEY, value: 1 })
  await v1.table('years').put({ id: 'y2025', year: 2025, title: '2025年度' })
  await v1.table('units').put({ id: 'u1', yearId: 'y2025', sequence: 'township', name: '青山镇' })
  await v1
    .table('criteriaSheets')
    .bulkPut([sheet('y2025', 'township', 3), sheet('y2025', 'department', 2)])
  v1.close()
}

describe('upgrading v1 → v2 (and on to the current layout)', () => {
  it('turns every v1 criteria sheet into version 1 and keeps the other tables', async () => {
    const name = freshDbName('upgrade')
    await createV1Database(name)
    expect(await installedSchemaVersion(name)).toBe(1)

    const beforeUpgrade = vi.fn(async (_snapshot: RawSnapshot) => {})
    const db = await openDatabase({ name, beforeUpgrade })

    expect(db.verno).toBe(APP_SCHEMA)
    expect(beforeUpgrade).toHaveBeenCalledOnce()
    const snapshot = beforeUpgrade.mock.calls[0]?.[0]
    expect(snapshot?.schemaVersion).toBe(1)
    expect(previewPackage(JSON.stringify(snapshot))).toMatchObject({ ok: false })
    expect(snapshot?.tables.criteriaSheets).toHaveLength(2)

    const rows = await db.criteria.where('yearId').equals('y2025').sortBy('sequence')
    expect(rows.map((r) => [r.id, r.version, r.flagged, r.savedBy])).toEqual([
      ['y2025|department|1', 1, false, '王敏'],
      ['y2025|township|1', 1, false, '王敏'],
    ])
    expect(rows[1]?.sheet).toEqual({ ...sheet('y2025', 'township', 3).sheet, version: 1 })
    expect(db.tables.map((t) => t.name)).not.toContain('criteriaSheets')
    expect(await db.units.get('u1')).toMatchObject({ name: '青山镇' })
    expect((await db.meta.get(APP_SCHEMA_KEY))?.value).toBe(APP_SCHEMA)
    db.close()
  })

  it('does not call beforeUpgrade for a new or current database', async () => {
    const name = freshDbName('fresh')
    const beforeUpgrade = vi.fn(async () => {})
    ;(await openDatabase({ name, beforeUpgrade })).close()
    ;(await openDatabase({ name, beforeUpgrade })).close()
    expect(beforeUpgrade).not.toHaveBeenCalled()
  })

  it('maps one sheet as the upgrade promises', () => {
    const row = criteriaSheetToVersion1(sheet('y1', 'department', 1))
    expect(row).toMatchObject({ id: 'y1|department|1', version: 1, flagged: false })
  })
})

const scoreRow = (yearId: string, unitId: string, reviewerId: string, itemCode: string) => ({
  id: `${yearId}|${unitId}|${reviewerId}|${itemCode}`,
  yearId,
  unitId,
  reviewerId,
  itemCode,
  score: itemCode === '1.1' ? 350 : 400,
  reason: itemCode === '1.1' ? '台账缺一次' : '',
  updatedAt: '2026-03-01T08:00:00.000Z',
  updatedBy: '王敏',
})

describe('upgrading v2 → v3', () => {
  it('packs the stored scores of every year and unit, and leaves the score rows alone', async () => {
    const name = freshDbName('upgrade-v3')
    const v2 = new Dexie(name)
    v2.version(1).stores(V1_STORES)
    v2.version(2).stores(V2_STORES)
    await v2.open()
    await v2.table('meta').put({ key: APP_SCHEMA_KEY, value: 2 })
    const rows = [
      scoreRow('y2025', 'u1', 'r1', '1.1'),
      scoreRow('y2025', 'u1', 'r2', '1.1'),
      scoreRow('y2025', 'u1', 'r1', '1.2'),
      scoreRow('y2025', 'u2', 'r1', '1.1'),
      scoreRow('y2026', 'u9', 'r3', '2.1'),
    ]
    await v2.table('scores').bulkPut(rows)
    v2.close()

    const beforeUpgrade = vi.fn(async (_snapshot: RawSnapshot) => {})
    const db = await openDatabase({ name, beforeUpgrade })
    expect(db.verno).toBe(3)
    expect(beforeUpgrade.mock.calls[0]?.[0].schemaVersion).toBe(2)
    expect((await db.scorePacks.toArray()).map((p) => p.id).sort()).toEqual([
      'y2025|u1',
      'y2025|u2',
      'y2026|u9',
    ])
    const plain = (r: ReturnType<typeof scoreRow>) => ({
      unitId: r.unitId,
      reviewerId: r.reviewerId,
      itemCode: r.itemCode,
      score: r.score,
      reason: r.reason,
    })
    const sorted = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort()
    expect(sorted(await readYearScores(db, 'y2025'))).toEqual(
      sorted(rows.filter((r) => r.yearId === 'y2025').map(plain)),
    )
    expect(await readYearScores(db, 'y2026')).toEqual([plain(rows[4]!)])
    expect(await db.scores.count()).toBe(5)
    expect((await db.meta.get(APP_SCHEMA_KEY))?.value).toBe(3)
    db.close()
  })
})

describe('a database written by a newer build', () => {
  it('is refused with db-newer when its IndexedDB layout is newer', async () => {
    const name = freshDbName('newer-layout')
    const future = new Dexie(name)
    future.version(1).stores(V1_STORES)
    future.version(2).stores(V2_STORES)
    future.version(3).stores(V3_STORES)
    future.version(4).stores({ reviews: 'id' })
    await future.open()
    await future.table('meta').put({ key: APP_SCHEMA_KEY, value: 4 })
    future.close()

    const error = await openDatabase({ name }).catch((e: unknown) => e)
    expect(isStoreError(error) && error.code).toBe('db-newer')
    expect((error as Error).message).toContain('较新版本')
  })

  it('is refused when only its app schema number is newer', async () => {
    const name = freshDbName('newer-meta')
    const db = await openDatabase({ name })
    await db.meta.put({ key: APP_SCHEMA_KEY, value: APP_SCHEMA + 1 })
    db.close()

    const error = await openDatabase({ name }).catch((e: unknown) => e)
    expect(isStoreError(error) && error.code).toBe('db-newer')
  })
})
