/**
 * The database's schema history. Each version lists only the tables it changes; Dexie keeps the
 * rest. A shipped version is never edited: a change is a new version with an upgrade function
 * that moves the data, and a test that opens the previous layout with data in it.
 *
 * v1 — the first layout: one criteria sheet per year and sequence (`criteriaSheets`).
 * v2 — criteria become versioned (`criteria`, one row per saved version), because a sheet that
 *      submissions were made against must not change silently: every save after that is a new
 *      version, flagged. The upgrade turns each v1 sheet into its version 1.
 */
import type { Dexie, Transaction } from 'dexie'
import type { CriteriaSheet, Sequence } from '../../domain'
import type { CriteriaRow, ScoreRow } from './rows'
import { buildScorePacks } from '../entities/score-packs'

/** A v1 `criteriaSheets` row, kept here because only the upgrade still reads it. */
export interface CriteriaSheetV1 {
  yearId: string
  sequence: Sequence
  /** v1 sheets had no version number: the row was the only one. */
  sheet: Omit<CriteriaSheet, 'version'>
  updatedAt: string
  updatedBy: string
}

export const V1_STORES = {
  meta: '&key',
  years: 'id, year',
  units: 'id, yearId, [yearId+sequence]',
  criteriaSheets: '[yearId+sequence], yearId',
  submissions: 'id, yearId, [yearId+unitId], [yearId+unitId+version]',
  reviewers: 'id, yearId',
  scores: 'id, yearId, [yearId+unitId], [yearId+reviewerId], [yearId+unitId+reviewerId]',
  adjustments: 'id, yearId, [yearId+unitId]',
  ledger: 'id, yearId, [yearId+unitId]',
  approvals: '++seq, yearId',
  history: '++seq, yearId, entity, [entity+entityId]',
} as const

export const V2_STORES = {
  criteriaSheets: null,
  criteria: 'id, yearId, [yearId+sequence], [yearId+sequence+version]',
} as const

export const V3_STORES = {
  scorePacks: 'id, yearId',
} as const

export const criteriaId = (yearId: string, sequence: string, version: number): string =>
  `${yearId}|${sequence}|${version}`

/** v1 → v2 for one sheet: the sheet as it stood becomes version 1, unflagged. */
export function criteriaSheetToVersion1(old: CriteriaSheetV1): CriteriaRow {
  return {
    id: criteriaId(old.yearId, old.sequence, 1),
    yearId: old.yearId,
    sequence: old.sequence,
    version: 1,
    sheet: { ...old.sheet, sequence: old.sequence, version: 1 },
    savedAt: old.updatedAt,
    savedBy: old.updatedBy,
    flagged: false,
    note: '由旧版数据库升级',
  }
}

async function upgradeToV2(tx: Transaction): Promise<void> {
  const sheets = (await tx.table('criteriaSheets').toArray()) as CriteriaSheetV1[]
  await tx.table('criteria').bulkAdd(sheets.map(criteriaSheetToVersion1))
}

async function upgradeToV3(tx: Transaction): Promise<void> {
  const scores = (await tx.table('scores').toArray()) as ScoreRow[]
  await tx.table('scorePacks').bulkAdd(buildScorePacks(scores))
}

export function defineVersions(db: Dexie): void {
  db.version(1).stores(V1_STORES)
  db.version(2).stores(V2_STORES).upgrade(upgradeToV2)
  db.version(3).stores(V3_STORES).upgrade(upgradeToV3)
}
