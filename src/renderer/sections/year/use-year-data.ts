// Every live read of 年度设置, in one place (the years themselves come from useCurrentYear).
import { useLiveQuery } from 'dexie-react-hooks'
import { listUnits, type AssessmentDB } from '../../../db'

/** The year's units (the active ones). */
export function useYearUnits(db: AssessmentDB, yearId: string) {
  return useLiveQuery(() => listUnits(db, yearId), [db, yearId])
}
