import type { Rounding, YearSettings } from '../model/settings'
import { compareForRank, type RankInput, type RankedEntry } from './rank'

/** 第十八条: the last three of each sequence are interviewed. */
export const INTERVIEW_COUNT = 3

export interface Outcome {
  advanced: boolean
  interview: boolean
  /** Both in the top third and in the last three: left undecided and reported (small sequence). */
  conflict: boolean
  /** In the 先进 places only because it ties the last of them (boundaryTies = allIn). */
  advancedByTie: boolean
  /** Kept out of the 先进 places because its tie straddles the line (boundaryTies = allOut). */
  excludedByTie: boolean
  interviewByTie: boolean
  /** Kept off the interview list because its tie straddles the 约谈 line (boundaryTies = allOut). */
  interviewExcludedByTie: boolean
  /** Inside the 先进 places by score but under a veto. */
  vetoBlocked: boolean
}

export interface SequenceOutcomes {
  /** ⌊n/3⌋ (or round/ceil, a year setting). */
  advancedCount: number
  outcomes: Outcome[]
}

export function advancedCountFor(n: number, rounding: Rounding): number {
  const third = n / 3
  if (rounding === 'ceil') return Math.ceil(third)
  // n/3 never ends in .5, so Math.round needs no half rule here.
  if (rounding === 'round') return Math.round(third)
  return Math.floor(third)
}

type OutcomeSettings = Pick<
  YearSettings,
  'advancedRounding' | 'advancedPassOn' | 'boundaryTies' | 'tieBreakByCategories' | 'vetoedLast'
>

/**
 * 先进单位 and 约谈 for one ranked sequence (in rank order). Positions, not ranks, decide:
 * a unit is in the top k when fewer than k units are strictly ahead of it (ties all in), or
 * when its whole tie group fits in the top k (ties all out).
 */
export function decideOutcomes<T extends RankInput>(
  ranked: readonly RankedEntry<T>[],
  s: OutcomeSettings,
): SequenceOutcomes {
  const n = ranked.length
  const k = advancedCountFor(n, s.advancedRounding)
  const allIn = s.boundaryTies === 'allIn'
  const passOnPlaces = s.advancedPassOn ? placesAmongEligible(ranked, s) : null

  const outcomes = ranked.map((r, i): Outcome => {
    const [ahead, group] = passOnPlaces?.[i] ?? [r.ahead, r.groupSize]
    const straddles = ahead < k && ahead + group > k
    const inTop = allIn ? ahead < k : ahead + group <= k
    const vetoed = r.entry.vetoed
    const behind = n - r.ahead - r.groupSize
    const interviewStraddles = behind < INTERVIEW_COUNT && behind + r.groupSize > INTERVIEW_COUNT
    const interview = allIn ? behind < INTERVIEW_COUNT : behind + r.groupSize <= INTERVIEW_COUNT
    const advanced = inTop && !vetoed
    const conflict = advanced && interview
    return {
      advanced: advanced && !conflict,
      interview: interview && !conflict,
      conflict,
      advancedByTie: advanced && straddles && allIn,
      excludedByTie: !vetoed && straddles && !allIn,
      interviewByTie: interview && interviewStraddles && allIn,
      interviewExcludedByTie: interviewStraddles && !allIn,
      vetoBlocked: vetoed && r.ahead < k,
    }
  })
  return { advancedCount: k, outcomes }
}

/**
 * With 顺延 the places are counted among units not under veto: [ahead, groupSize] within
 * that list (vetoed units get their place in the full list, which only matters for the note).
 */
function placesAmongEligible<T extends RankInput>(
  ranked: readonly RankedEntry<T>[],
  s: OutcomeSettings,
): [number, number][] {
  const places: [number, number][] = ranked.map((r) => [r.ahead, r.groupSize])
  const eligible: number[] = []
  ranked.forEach((r, i) => {
    if (!r.entry.vetoed) eligible.push(i)
  })
  let start = 0
  while (start < eligible.length) {
    const first = ranked[eligible[start]!]!.entry
    let end = start + 1
    while (end < eligible.length && compareForRank(first, ranked[eligible[end]!]!.entry, s) === 0)
      end++
    for (let j = start; j < end; j++) places[eligible[j]!] = [start, end - start]
    start = end
  }
  return places
}
