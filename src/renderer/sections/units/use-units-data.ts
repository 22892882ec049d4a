import { useLiveQuery } from 'dexie-react-hooks'
import { listUnits, unitsWithWork, type AssessmentDB, type UnitRow } from '../../../db'

export interface UnitsData {
  /** The year's roster, retired units included; undefined while the first read runs. */
  units: UnitRow[] | undefined
  /** Units with returned files or scores: their sequence may no longer change. */
  withWork: Set<string> | undefined
}

/** Every live read of 单位名册, in one place: the page re-renders when the store changes. */
export function useUnitsData(db: AssessmentDB, yearId: string): UnitsData {
  const units = useLiveQuery(() => listUnits(db, yearId, { includeRetired: true }), [db, yearId])
  const withWork = useLiveQuery(() => unitsWithWork(db, yearId), [db, yearId])
  return { units, withWork }
}
