// Every live read of 自查材料, in one place: its components re-render when the store changes.
import { useLiveQuery } from 'dexie-react-hooks'
import {
  criteriaVersions,
  listUnits,
  pendingImportBatch,
  submissionStatuses,
  submissionVersions,
  type AssessmentDB,
  type UnitRow,
} from '../../../db'

/** The year's units and each one's return status (未下发/已下发/已回收/有问题). */
export function useSubmissionsOverview(db: AssessmentDB, yearId: string) {
  const units = useLiveQuery(() => listUnits(db, yearId), [db, yearId])
  const statuses = useLiveQuery(() => submissionStatuses(db, yearId), [db, yearId])
  return { units, statuses }
}

/** Every file a unit returned and every criteria version they may refer to. */
export function useSubmissionHistory(db: AssessmentDB, yearId: string, unit: UnitRow) {
  return useLiveQuery(async () => {
    const [versions, sheets] = await Promise.all([
      submissionVersions(db, yearId, unit.id),
      criteriaVersions(db, yearId, unit.sequence),
    ])
    return { versions, sheets }
  }, [db, yearId, unit.id, unit.sequence])
}

/** The mark of an import that was cut off before it was stored, if there is one. */
export function usePendingImport(db: AssessmentDB, yearId: string) {
  return useLiveQuery(() => pendingImportBatch(db, yearId), [db, yearId])
}
