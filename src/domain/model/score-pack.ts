import type { ReviewerScore } from './assessment'

/**
 * One unit's reviewer scores as integers: the form the app's store keeps them in (one row per
 * unit, src/db/entities/score-packs.ts) and the form the ranking reads fastest. A year of 5,000 units
 * × 60 items × 7 reviewers is 2.1 million score records; as packs it is 5,000 objects and one
 * Int32Array each, and tallying them takes 15–30 ms where the records took 50–55 ms
 * (docs/rules.md §10).
 *
 * The year package (the file) keeps its list of records: a pack is a working form, made from
 * the records and turned back into them without loss. Making packs from records is not cheap
 * (about half a second for 2.1 million): rank from packs only where they are already held.
 */
export interface ScorePack {
  unitId: string
  /** Each reviewer id and item code once; `cells` refers to them by position. */
  reviewerIds: string[]
  itemCodes: string[]
  /** Three integers per score: reviewer position, item position, score in hundredths. */
  cells: Int32Array
  /** Each score's reason, in the order of `cells`. */
  reasons: string[]
}

type Cell = Pick<ReviewerScore, 'reviewerId' | 'itemCode' | 'score' | 'reason'>

/** One unit's scores as a pack, in the order given. */
export function packScores(unitId: string, cells: Iterable<Cell>): ScorePack {
  const reviewerIds: string[] = []
  const itemCodes: string[] = []
  const reviewerAt = new Map<string, number>()
  const itemAt = new Map<string, number>()
  const triples: number[] = []
  const reasons: string[] = []
  for (const c of cells) {
    let r = reviewerAt.get(c.reviewerId)
    if (r === undefined) {
      r = reviewerIds.push(c.reviewerId) - 1
      reviewerAt.set(c.reviewerId, r)
    }
    let i = itemAt.get(c.itemCode)
    if (i === undefined) {
      i = itemCodes.push(c.itemCode) - 1
      itemAt.set(c.itemCode, i)
    }
    triples.push(r, i, c.score)
    reasons.push(c.reason)
  }
  return { unitId, reviewerIds, itemCodes, cells: Int32Array.from(triples), reasons }
}

/** The pack's scores as records, in the order they were packed, appended to `into`. */
export function unpackScores(pack: ScorePack, into: ReviewerScore[] = []): ReviewerScore[] {
  const { unitId, reviewerIds, itemCodes, cells, reasons } = pack
  for (let k = 0; k < reasons.length; k++) {
    into.push({
      unitId,
      reviewerId: reviewerIds[cells[3 * k]!]!,
      itemCode: itemCodes[cells[3 * k + 1]!]!,
      score: cells[3 * k + 2]!,
      reason: reasons[k]!,
    })
  }
  return into
}

/** A list of records as packs, one per unit, in the order each unit first appears. */
export function packYearScores(scores: readonly ReviewerScore[]): ScorePack[] {
  const byUnit = new Map<string, ReviewerScore[]>()
  let lastUnit: string | undefined
  let group: ReviewerScore[] = []
  for (let k = 0; k < scores.length; k++) {
    const s = scores[k]!
    // A unit's scores usually follow each other: one lookup per run, not per score.
    if (s.unitId !== lastUnit) {
      lastUnit = s.unitId
      let found = byUnit.get(s.unitId)
      if (found === undefined) {
        found = []
        byUnit.set(s.unitId, found)
      }
      group = found
    }
    group.push(s)
  }
  return Array.from(byUnit, ([unitId, cells]) => packScores(unitId, cells))
}
