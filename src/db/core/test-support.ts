/**
 * Helpers for this folder's tests only (never imported by app code): a fresh database per test,
 * so tests share one fake IndexedDB without seeing each other's data, and an in-memory stand-in
 * for localStorage.
 */
import {
  defaultDepartmentCriteria,
  defaultTownshipCriteria,
  defaultYearSettings,
  type Sequence,
} from '../../domain'
import type { MarkerStorage } from './marker'
import type { UnitInput } from '../entities/roster'
import type { SubmissionInput } from '../entities/submissions'
import { createYear } from '../entities/years'
import { openDatabase } from './open-database'
import { startSession, type Session } from './session'

let counter = 0

export const freshDbName = (label = 'test'): string =>
  `kpt-${label}-${Date.now()}-${Math.random().toString(36).slice(2)}-${counter++}`

export class MemoryStorage implements MarkerStorage {
  readonly items = new Map<string, string>()
  getItem(key: string): string | null {
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value)
  }
  removeItem(key: string): void {
    this.items.delete(key)
  }
}

/** A session on a new, empty database, with a fixed clock that ticks one second per call. */
export async function testSession(operator = '王敏', label = 'test'): Promise<Session> {
  const db = await openDatabase({ name: freshDbName(label) })
  let t = Date.parse('2026-03-01T01:00:00.000Z')
  return startSession(db, operator, {
    marker: new MemoryStorage(),
    now: () => new Date((t += 1000)),
  })
}

export const unitInput = (name: string, sequence: Sequence = 'township'): UnitInput => ({
  name,
  sequence,
  kind: sequence === 'township' ? (name.endsWith('街道') ? '街道' : '乡镇') : '部门',
  leaders: [{ role: 'secretary', name: '李明', title: '党委书记' }],
  contact: { name: '周红', phone: '0830-1234567' },
})

/**
 * A year with two townships and one department on the default criteria. The township sheet
 * starts 1.1 (max 4 分, no step) and 1.2 (max 4 分, step 1 分).
 */
export async function testYear(s: Session, year = 2026) {
  return createYear(
    s,
    { year, settings: defaultYearSettings('青川县') },
    {
      units: [
        { ...unitInput('青山镇'), retired: false },
        { ...unitInput('绿水街道'), retired: false },
        { ...unitInput('县生态环境局', 'department'), retired: false },
      ],
      criteria: [defaultTownshipCriteria(), defaultDepartmentCriteria()],
    },
    'scratch',
  )
}

/** A returned self-assessment giving `scores` (hundredths) for the listed items. */
export const selfAssessment = (
  unitId: string,
  scores: Record<string, number | null>,
  fileName = `${unitId}.xlsx`,
): SubmissionInput => ({
  unitId,
  fileName,
  items: Object.entries(scores).map(([code, score]) => ({
    code,
    score,
    explanation: '已落实',
    evidence: ['会议纪要'],
  })),
  veto: { conditions: [], note: '' },
})
