import { useLiveQuery } from 'dexie-react-hooks'
import {
  criteriaDraft,
  currentCriteria,
  type AssessmentDB,
  type CriteriaDraft,
  type CriteriaRow,
} from '../../../db'
import type { SequenceId } from '../../shared/labels'

export interface CriteriaSheets {
  /** The sequence these were read for. */
  sequence: SequenceId
  row: CriteriaRow | null
  draft: CriteriaDraft | null
}

/**
 * Every live read of 考评细则, in one place. The answer carries the sequence it was asked for:
 * useLiveQuery keeps the previous tab's sheet until the new query answers, and the page must be
 * able to tell that sheet from this tab's.
 */
export function useCriteriaSheets(
  db: AssessmentDB,
  yearId: string,
  sequence: SequenceId,
): CriteriaSheets | undefined {
  return useLiveQuery(
    async () => ({
      sequence,
      row: (await currentCriteria(db, yearId, sequence)) ?? null,
      draft: (await criteriaDraft(db, yearId, sequence)) ?? null,
    }),
    [db, yearId, sequence],
  )
}
