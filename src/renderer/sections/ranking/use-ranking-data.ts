// Every live read of 排名结果, in one place: its components re-render when the store changes.
import { useLiveQuery } from 'dexie-react-hooks'
import { listApprovals, loadRankingInput, type AssessmentDB } from '../../../db'

/** The year as the ranking reads it (null without a year); kept while nothing is written. */
export function useRankingInput(db: AssessmentDB, yearId: string) {
  return useLiveQuery(() => (yearId ? loadRankingInput(db, yearId) : null), [db, yearId])
}

/** The year's approvals and unlocks, oldest first. */
export function useApprovals(db: AssessmentDB, yearId: string) {
  return useLiveQuery(() => listApprovals(db, yearId), [db, yearId])
}
