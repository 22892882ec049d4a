// Every live read of 数据与备份, in one place: its components re-render when the store changes.
import { useLiveQuery } from 'dexie-react-hooks'
import { listHistory, recordNames, type AssessmentDB } from '../../../db'

/** The latest 200 history entries of a year (of the whole store without one), newest first. */
export function useHistoryRows(db: AssessmentDB, yearId: string | null) {
  return useLiveQuery(
    () => listHistory(db, { ...(yearId ? { yearId } : {}), limit: 200 }),
    [db, yearId],
  )
}

/** Current names of years, and of the year's units and reviewers: entries record ids. */
export function useRecordNames(db: AssessmentDB, yearId: string | null) {
  return useLiveQuery(() => recordNames(db, yearId), [db, yearId])
}
