// Every live read of 复核, in one place: its components re-render when the store changes.
import { useLiveQuery } from 'dexie-react-hooks'
import {
  adjustmentContext,
  currentCriteria,
  getYear,
  listAdjustments,
  listLedger,
  listUnits,
  loadRankingInput,
  type AssessmentDB,
  type UnitRow,
} from '../../../db'
import { criteriaItems } from '../../../domain'

/** The year's units (the active ones). */
export function useRecheckUnits(db: AssessmentDB, yearId: string) {
  return useLiveQuery(() => listUnits(db, yearId), [db, yearId])
}

/** The year's problem ledger: every unit's entries. */
export function useYearLedger(db: AssessmentDB, yearId: string) {
  return useLiveQuery(() => listLedger(db, yearId), [db, yearId])
}

/** One unit's problem ledger. */
export function useUnitLedger(db: AssessmentDB, unit: UnitRow) {
  return useLiveQuery(() => listLedger(db, unit.yearId, unit.id), [db, unit])
}

/** One unit's adjustments, the items they may name and the bounds they must keep. */
export function useUnitAdjustments(db: AssessmentDB, unit: UnitRow) {
  return useLiveQuery(async () => {
    const [criteria, rows, year] = await Promise.all([
      currentCriteria(db, unit.yearId, unit.sequence),
      listAdjustments(db, unit.yearId, unit.id),
      getYear(db, unit.yearId),
    ])
    const ctx = await adjustmentContext(db, year, unit)
    return { items: criteria ? criteriaItems(criteria.sheet) : [], rows, ctx }
  }, [db, unit])
}

/** The year as the ranking reads it: what 第二十条's suggestion is computed from. */
export function useRecheckRankingInput(db: AssessmentDB, yearId: string) {
  return useLiveQuery(() => loadRankingInput(db, yearId), [db, yearId])
}
