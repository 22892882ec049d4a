import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import {
  currentCriteria,
  latestSubmission,
  listReviewers,
  listScores,
  listUnits,
  type ReviewerRow,
  type UnitRow,
  type YearRow,
} from '../../../db'
import { useStore } from '../../data/store-context'
import { buildUnitSheet, type ItemLine } from './scoring-model'

export interface UnitScoring {
  units: UnitRow[] | undefined
  reviewers: ReviewerRow[] | undefined
  unit: UnitRow | undefined
  lines: ItemLine[] | undefined
  hasSubmission: boolean
}

/**
 * The live data of the workspace: the roster, the reviewers and one unit's sheet with every
 * reviewer's scores. Dexie re-reads after each commit, so what is shown is what is stored.
 */
export function useUnitScoring(year: YearRow | null, unitId: string | null): UnitScoring {
  const { db } = useStore()
  const yearId = year?.id ?? ''
  const units = useLiveQuery(() => listUnits(db, yearId), [db, yearId])
  const reviewers = useLiveQuery(() => listReviewers(db, yearId), [db, yearId])
  const unit = units?.find((u) => u.id === unitId) ?? units?.[0]
  const unitKey = unit?.id ?? ''
  const sequence = unit?.sequence ?? 'township'
  const data = useLiveQuery(async () => {
    if (unitKey === '') return null
    const [criteria, submission, scores] = await Promise.all([
      currentCriteria(db, yearId, sequence),
      latestSubmission(db, yearId, unitKey),
      listScores(db, yearId, { unitId: unitKey }),
    ])
    return { criteria, submission, scores }
  }, [db, yearId, unitKey, sequence])

  const lines = useMemo(() => {
    if (!data?.criteria || !reviewers || !year) return undefined
    return buildUnitSheet({
      sheet: data.criteria.sheet,
      submission: data.submission,
      reviewerIds: reviewers.map((r) => r.id),
      scores: data.scores,
      aggregation: year.settings.aggregation,
      disagreement: year.settings.disagreementThreshold,
    })
  }, [data, reviewers, year])

  return { units, reviewers, unit, lines, hasSubmission: Boolean(data?.submission) }
}
