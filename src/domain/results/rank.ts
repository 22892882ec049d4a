import type { Points } from '../points'

export interface RankInput {
  id: string
  name: string
  /** Final total, already rounded to hundredths. */
  total: Points
  /** Category subtotals in sheet order, for the optional tie-break. */
  categories: readonly Points[]
  vetoed: boolean
}

export interface RankOptions {
  tieBreakByCategories: boolean
  vetoedLast: boolean
}

export interface RankedEntry<T extends RankInput = RankInput> {
  entry: T
  /** Standard competition rank: 1, 2, 2, 4. */
  rank: number
  /** Units strictly ahead of this one. */
  ahead: number
  /** Units sharing this rank (1 when not tied). */
  groupSize: number
  tied: boolean
}

/** Negative when a is ahead of b; 0 when they share a rank. */
export function compareForRank(a: RankInput, b: RankInput, o: RankOptions): number {
  if (o.vetoedLast && a.vetoed !== b.vetoed) return a.vetoed ? 1 : -1
  if (a.total !== b.total) return b.total - a.total
  if (o.tieBreakByCategories) {
    const n = Math.max(a.categories.length, b.categories.length)
    for (let i = 0; i < n; i++) {
      const d = (b.categories[i] ?? 0) - (a.categories[i] ?? 0)
      if (d !== 0) return d
    }
  }
  return 0
}

const collator = new Intl.Collator('zh-Hans-CN')

/**
 * Ranks one sequence. The order does not depend on the input order: equal units are listed by
 * name, then id, which changes no rank.
 */
export function rankSequence<T extends RankInput>(
  entries: readonly T[],
  o: RankOptions,
): RankedEntry<T>[] {
  const sorted = [...entries].sort(
    (a, b) =>
      compareForRank(a, b, o) ||
      collator.compare(a.name, b.name) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
  const out: RankedEntry<T>[] = []
  let start = 0
  while (start < sorted.length) {
    let end = start + 1
    while (end < sorted.length && compareForRank(sorted[start]!, sorted[end]!, o) === 0) end++
    for (let i = start; i < end; i++) {
      out.push({
        entry: sorted[i]!,
        rank: start + 1,
        ahead: start,
        groupSize: end - start,
        tied: end - start > 1,
      })
    }
    start = end
  }
  return out
}
