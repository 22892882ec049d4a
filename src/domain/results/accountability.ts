import type { PastOutcome } from '../model/record'

export interface AccountabilityCheck {
  flagged: boolean
  /** Years (oldest first) whose targets were not completed, this year included. */
  missedYears: number[]
  /** Of the two previous years, those with no record for this unit. */
  unknownYears: number[]
}

/**
 * 第二十条: three years running without completing the annual targets starts accountability.
 * Earlier years are matched by unit id, or by name when the id is not found (a roster copied
 * into a new year may carry new ids). Without a record for a year the unit is not flagged:
 * the app never assumes a failure it cannot show.
 */
export function checkAccountability(
  year: number,
  unit: { id: string; name: string },
  completedThisYear: boolean,
  past: readonly PastOutcome[],
): AccountabilityCheck {
  const missedYears: number[] = []
  const unknownYears: number[] = []
  let flagged = !completedThisYear
  for (const y of [year - 2, year - 1]) {
    const ofYear = past.filter((p) => p.year === y)
    const record =
      ofYear.find((p) => p.unitId !== '' && p.unitId === unit.id) ??
      ofYear.find((p) => p.unitName === unit.name)
    if (!record) {
      unknownYears.push(y)
      flagged = false
    } else if (record.targetsCompleted) flagged = false
    else missedYears.push(y)
  }
  if (!completedThisYear) missedYears.push(year)
  return { flagged, missedYears, unknownYears }
}
