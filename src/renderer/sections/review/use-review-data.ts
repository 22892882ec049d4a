// Every live read of 审核评分, in one place: its components re-render when the store changes.
import { useLiveQuery } from 'dexie-react-hooks'
import {
  currentCriteria,
  latestSubmission,
  latestSubmissions,
  listReviewers,
  listScores,
  listUnits,
  type AssessmentDB,
} from '../../../db'
import type { Sequence } from '../../../domain'

/** The year's units and its reviewers (the active ones). */
export function useReviewRoster(db: AssessmentDB, yearId: string) {
  const units = useLiveQuery(() => listUnits(db, yearId), [db, yearId])
  const reviewers = useLiveQuery(() => listReviewers(db, yearId), [db, yearId])
  return { units, reviewers }
}

/** One unit's current criteria sheet, its latest return and every reviewer's scores of it. */
export function useUnitSheetData(
  db: AssessmentDB,
  yearId: string,
  unitId: string,
  sequence: Sequence,
) {
  return useLiveQuery(async () => {
    const [criteria, submission, scores] = await Promise.all([
      currentCriteria(db, yearId, sequence),
      latestSubmission(db, yearId, unitId),
      listScores(db, yearId, { unitId }),
    ])
    return { criteria, submission, scores }
  }, [db, yearId, unitId, sequence])
}

/** What 逐项跨单位对比 compares: a sequence's units and sheet, every return and every score. */
export function useCrossUnitData(db: AssessmentDB, yearId: string, sequence: Sequence) {
  return useLiveQuery(async () => {
    const [units, criteria, submissions, scores] = await Promise.all([
      listUnits(db, yearId, { sequence }),
      currentCriteria(db, yearId, sequence),
      latestSubmissions(db, yearId),
      listScores(db, yearId),
    ])
    return { units, criteria, submissions, scores }
  }, [db, yearId, sequence])
}
