/**
 * A second, compact copy of the reviewer scores, for the one reader that needs all of them at
 * once: 排名结果. The `scores` table stays the record (one row per cell, what the grid, undo,
 * export and restore use); `scorePacks` holds the same scores as one row per year and unit.
 *
 * Why: reading a county's 30,000 score rows from IndexedDB cost 0.5–1.2 s in Chromium whatever
 * the query (an index or a primary-key range; it is the per-record lookup and clone), while
 * 100 packs of 300 scores, the scores as one Int32Array per unit, read in 20–50 ms.
 *
 * Every write of `scores` updates the unit's pack in the same transaction (scores.ts through a
 * `ScorePackEditor`, year-data.ts for restores and deletes), so the two never disagree; the
 * v2 → v3 upgrade builds the packs of an existing store (migrations.ts).
 */
import {
  packScores as packUnitScores,
  packYearScores,
  unpackScores,
  type ReviewerScore,
} from '../../domain'
import type { AssessmentDB } from '../core/database'
import type { ScorePackRow } from '../core/rows'

export const scorePackId = (yearId: string, unitId: string): string => `${yearId}|${unitId}`

type Cell = Pick<ReviewerScore, 'reviewerId' | 'itemCode' | 'score' | 'reason'>

const cellKey = (reviewerId: string, itemCode: string) => `${reviewerId}\u0000${itemCode}`

/** One unit's scores as the store's pack row (the domain's ScorePack with its keys). */
export function packScores(yearId: string, unitId: string, cells: Iterable<Cell>): ScorePackRow {
  return { id: scorePackId(yearId, unitId), yearId, ...packUnitScores(unitId, cells) }
}

/** Packs for a set of score rows (a restored year, the upgrade): one per year and unit. */
export function buildScorePacks(
  rows: readonly (ReviewerScore & { yearId: string })[],
): ScorePackRow[] {
  const byYear = new Map<string, ReviewerScore[]>()
  for (const s of rows) {
    const year = byYear.get(s.yearId)
    if (year) year.push(s)
    else byYear.set(s.yearId, [s])
  }
  return [...byYear].flatMap(([yearId, scores]) =>
    packYearScores(scores).map((p) => ({ id: scorePackId(yearId, p.unitId), yearId, ...p })),
  )
}

/** A year's score packs, one per unit that has scores: what the ranking reads. */
export async function readYearPacks(db: AssessmentDB, yearId: string): Promise<ScorePackRow[]> {
  return (await db.scorePacks.where('yearId').equals(yearId).raw().toArray()) as ScorePackRow[]
}

/** Every reviewer score of a year, from the packs. */
export async function readYearScores(db: AssessmentDB, yearId: string): Promise<ReviewerScore[]> {
  const out: ReviewerScore[] = []
  for (const p of await readYearPacks(db, yearId)) unpackScores(p, out)
  return out
}

/**
 * Score changes of one write transaction, applied to the packs they touch. A unit's pack is
 * read on its first change and written once by `flush`, so a pasted column or an imported
 * reviewer sheet of 6,000 cells rewrites each unit's pack once, not once per cell.
 */
export class ScorePackEditor {
  private readonly open = new Map<
    string,
    { yearId: string; unitId: string; cells: Map<string, Cell> }
  >()

  constructor(private readonly db: AssessmentDB) {}

  /** Sets a cell (a score given or changed). */
  async set(yearId: string, unitId: string, cell: Cell): Promise<void> {
    const unit = await this.unit(yearId, unitId)
    unit.cells.set(cellKey(cell.reviewerId, cell.itemCode), {
      reviewerId: cell.reviewerId,
      itemCode: cell.itemCode,
      score: cell.score,
      reason: cell.reason,
    })
  }

  /** Removes a cell (the score of `reviewerId` for `itemCode` was cleared). */
  async clear(yearId: string, unitId: string, reviewerId: string, itemCode: string): Promise<void> {
    const unit = await this.unit(yearId, unitId)
    unit.cells.delete(cellKey(reviewerId, itemCode))
  }

  async flush(): Promise<void> {
    for (const [id, u] of this.open) {
      if (u.cells.size === 0) await this.db.scorePacks.delete(id)
      else await this.db.scorePacks.put(packScores(u.yearId, u.unitId, u.cells.values()))
    }
    this.open.clear()
  }

  private async unit(yearId: string, unitId: string) {
    const id = scorePackId(yearId, unitId)
    let u = this.open.get(id)
    if (!u) {
      const pack = await this.db.scorePacks.get(id)
      const cells = new Map<string, Cell>()
      if (pack) for (const s of unpackScores(pack)) cells.set(cellKey(s.reviewerId, s.itemCode), s)
      u = { yearId, unitId, cells }
      this.open.set(id, u)
    }
    return u
  }
}
