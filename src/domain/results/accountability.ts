import type { PastOutcome } from '../model/record'

export interface AccountabilityCheck {
  flagged: boolean
  /** Years (oldest first) whose targets were not completed, this year included. */
  missedYears: number[]
  /** Of the two previous years, those with no record for this unit. */
  unknownYears: number[]
}

type UnitRef = { id: string; name: string }

/**
 * Earlier years' outcomes, indexed once per ranking: looking each unit up in the whole list
 * made the ranking quadratic in the size of a county with a few years of history.
 */
export class PastRecords {
  readonly #byYear = new Map<
    number,
    { byId: Map<string, PastOutcome>; byName: Map<string, PastOutcome> }
  >()

  constructor(past: readonly PastOutcome[]) {
    for (const p of past) {
      let year = this.#byYear.get(p.year)
      if (!year) this.#byYear.set(p.year, (year = { byId: new Map(), byName: new Map() }))
      // The first record of a year wins, as a search through the list would find it.
      if (p.unitId !== '' && !year.byId.has(p.unitId)) year.byId.set(p.unitId, p)
      if (!year.byName.has(p.unitName)) year.byName.set(p.unitName, p)
    }
  }

  /** The unit's record of that year, by id, or by name when the id is not found. */
  find(year: number, unit: UnitRef): PastOutcome | undefined {
    const y = this.#byYear.get(year)
    return y && (y.byId.get(unit.id) ?? y.byName.get(unit.name))
  }
}

/**
 * 第二十条: three years running without completing the annual targets starts accountability.
 * Earlier years are matched by unit id, or by name when the id is not found (a roster copied
 * into a new year may carry new ids). Without a record for a year the unit is not flagged:
 * the app never assumes a failure it cannot show.
 */
export function checkAccountability(
  year: number,
  unit: UnitRef,
  completedThisYear: boolean,
  past: readonly PastOutcome[] | PastRecords,
): AccountabilityCheck {
  const records = past instanceof PastRecords ? past : new PastRecords(past)
  const missedYears: number[] = []
  const unknownYears: number[] = []
  let flagged = !completedThisYear
  for (const y of [year - 2, year - 1]) {
    const record = records.find(y, unit)
    if (!record) {
      unknownYears.push(y)
      flagged = false
    } else if (record.targetsCompleted) flagged = false
    else missedYears.push(y)
  }
  if (!completedThisYear) missedYears.push(year)
  return { flagged, missedYears, unknownYears }
}

/** checkAccountability's verdict alone, without its lists (asked for every unit ranked). */
export function isAccountable(
  year: number,
  unit: UnitRef,
  completedThisYear: boolean,
  records: PastRecords,
): boolean {
  if (completedThisYear) return false
  const before = records.find(year - 2, unit)
  const last = records.find(year - 1, unit)
  return !!before && !before.targetsCompleted && !!last && !last.targetsCompleted
}
