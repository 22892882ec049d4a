import { formatPoints, type Points, type SequenceResult } from '../../../domain'

export interface BoundaryMargin {
  unitId: string
  line: 'advanced' | 'interview'
  /** How far the unit is from changing side of the line, in hundredths (≥ 0). */
  margin: Points
  /** Inside the list (先进 / 约谈) or just outside it. */
  inside: boolean
}

/**
 * Units whose total is within `within` of a boundary: for a 先进单位, its lead over the best
 * unit outside; for the best units outside, their gap to the lowest 先进单位; likewise for the
 * 约谈 line. Vetoed units are left out of the 先进 margin (no score makes them 先进).
 */
export function nearBoundaries(seq: SequenceResult, within: Points): BoundaryMargin[] {
  const out: BoundaryMargin[] = []
  const eligible = seq.units.filter((u) => !u.vetoed)
  const bestOutside = maxOf(eligible.filter((u) => !u.advanced).map((u) => u.total))
  if (seq.advancedLine !== null) {
    for (const u of eligible) {
      const margin = u.advanced
        ? bestOutside === null
          ? null
          : u.total - bestOutside
        : seq.advancedLine - u.total
      if (margin !== null && margin <= within) {
        out.push({
          unitId: u.unitId,
          line: 'advanced',
          margin: Math.max(0, margin),
          inside: u.advanced,
        })
      }
    }
  }
  if (seq.interviewLine !== null) {
    const lowestSafe = minOf(seq.units.filter((u) => !u.interview).map((u) => u.total))
    for (const u of seq.units) {
      if (u.vetoed && u.interview) continue
      const margin = u.interview
        ? lowestSafe === null
          ? null
          : lowestSafe - u.total
        : u.total - seq.interviewLine
      if (margin !== null && margin <= within) {
        out.push({
          unitId: u.unitId,
          line: 'interview',
          margin: Math.max(0, margin),
          inside: u.interview,
        })
      }
    }
  }
  return out
}

const maxOf = (xs: number[]) => (xs.length ? Math.max(...xs) : null)
const minOf = (xs: number[]) => (xs.length ? Math.min(...xs) : null)

/**
 * A margin in the words of the unit's explanation, so the table and the explanation measure
 * from the same line: outside the list, the distance to the 先进线 or above the 约谈线; inside,
 * the lead over the best unit outside (先进) or the gap to the lowest unit off the list (约谈).
 * Calling both "距约谈线" once showed 0.49 to 73.50 beside an explanation whose 约谈线 is 73.01.
 */
export function marginText(m: BoundaryMargin): string {
  const p = formatPoints(m.margin)
  if (m.line === 'advanced') return m.inside ? `领先线外 ${p}` : `距先进线 ${p}`
  return m.inside ? `距名单外 ${p}` : `高于约谈线 ${p}`
}
