import { useMemo } from 'react'
import type { ReviewerRow, UnitRow, YearRow } from '../../../db'
import { useStore } from '../../shared/store-context'
import { buildUnitSheet, type ItemLine } from './scoring-model'
import { useReviewRoster, useUnitSheetData } from './use-review-data'

export interface ScoringRoster {
  units: UnitRow[] | undefined
  reviewers: ReviewerRow[] | undefined
  unit: UnitRow | undefined
}

/** The roster and the reviewers of the year, and the chosen unit (the first when none is). */
export function useScoringRoster(year: YearRow | null, unitId: string | null): ScoringRoster {
  const { db } = useStore()
  const yearId = year?.id ?? ''
  const { units, reviewers } = useReviewRoster(db, yearId)
  const unit = units?.find((u) => u.id === unitId) ?? units?.[0]
  return { units, reviewers, unit }
}

export interface UnitLines {
  lines: ItemLine[] | undefined
  hasSubmission: boolean
}

/**
 * One unit's sheet with every reviewer's scores. Dexie re-reads after each commit, so what is
 * shown is what is stored. Kept apart from the roster so that a commit re-renders only the
 * component that reads the sheet, not the page's header, pickers and dialogs.
 */
export function useUnitLines(
  year: YearRow,
  unit: UnitRow,
  reviewers: readonly ReviewerRow[],
): UnitLines {
  const { db } = useStore()
  const yearId = year.id
  const unitKey = unit.id
  const sequence = unit.sequence
  const data = useUnitSheetData(db, yearId, unitKey, sequence)

  const lines = useMemo(() => {
    if (!data?.criteria) return undefined
    return buildUnitSheet({
      sheet: data.criteria.sheet,
      submission: data.submission,
      reviewerIds: reviewers.map((r) => r.id),
      scores: data.scores,
      aggregation: year.settings.aggregation,
      disagreement: year.settings.disagreementThreshold,
    })
  }, [data, reviewers, year])

  return { lines, hasSubmission: Boolean(data?.submission) }
}
