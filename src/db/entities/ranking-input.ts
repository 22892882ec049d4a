import type { AssessmentDB } from '../core/database'
import { yearDataToPackage } from '../transfer/package-mapping'
import { readYearPacks } from './score-packs'
import { unpackScores, type ReviewerScore, type ScorePack, type YearPackage } from '../../domain'

/**
 * A year as the ranking page reads it: the package, and its reviewer scores also as the store's
 * packs, which computeResults tallies without a record per score. The package keeps the scores
 * as records too, for what the page hands on (the results workbook, the reviewer sheets).
 */
export interface RankingInput {
  pkg: YearPackage
  packs: readonly ScorePack[]
}

/**
 * What computeResults needs of a year, read in one snapshot and in parallel. Unlike an export it
 * leaves out the history and the approvals: the ranking does not use them, and chaining a long
 * history with SHA-256 cost more than the ranking itself (the 300 ms budget of the page).
 *
 * The reviewer scores come from the store's score packs (one row per unit, src/db/entities/score-packs.ts)
 * and not from the 30,000 rows of `scores`: reading those alone took 0.5–1.2 s in Chromium.
 * Submissions are read raw (no Dexie reading hooks; the store defines none).
 *
 * The last read is kept while nothing has been written: every write of the store appends a
 * history entry in its own transaction (src/db/core/session.ts), so an unchanged last history key
 * means unchanged data, and coming back to the page costs one key lookup. After any write the
 * year is read again (tens of milliseconds with the packs), so nothing can be patched wrongly.
 */
let cached: {
  db: AssessmentDB
  yearId: string
  lastChange: number | undefined
  input: RankingInput
} | null = null

export async function loadRankingInput(
  db: AssessmentDB,
  yearId: string,
): Promise<RankingInput | null> {
  const tables = [
    db.years,
    db.units,
    db.criteria,
    db.submissions,
    db.reviewers,
    db.scorePacks,
    db.adjustments,
    db.ledger,
  ]
  const started = performance.now()
  const input = await db.transaction('r', [...tables, db.history], async () => {
    const lastChange = (await db.history.orderBy(':id').reverse().limit(1).primaryKeys())[0]
    if (cached?.db === db && cached.yearId === yearId && cached.lastChange === lastChange) {
      return cached.input
    }
    const [year, units, criteria, submissions, reviewers, packs, adjustments, ledger] =
      await Promise.all([
        db.years.get(yearId),
        db.units.where('yearId').equals(yearId).toArray(),
        db.criteria.where('yearId').equals(yearId).toArray(),
        db.submissions.where('yearId').equals(yearId).raw().toArray(),
        db.reviewers.where('yearId').equals(yearId).toArray(),
        readYearPacks(db, yearId),
        db.adjustments.where('yearId').equals(yearId).toArray(),
        db.ledger.where('yearId').equals(yearId).toArray(),
      ])
    if (!year) return null
    const scores: ReviewerScore[] = []
    for (const p of packs) unpackScores(p, scores)
    const pkg: YearPackage = {
      ...yearDataToPackage(
        {
          year,
          units,
          criteria,
          submissions,
          reviewers,
          scores: [],
          adjustments,
          ledger,
          approvals: [],
          // The ranking has no use for drafts (nothing is ranked against them).
          drafts: [],
          history: [],
        },
        new Date().toISOString(),
      ),
      scores,
    }
    const fresh = { pkg, packs }
    cached = { db, yearId, lastChange, input: fresh }
    return fresh
  })
  // Read by bench/scoring-ui.mjs, to tell reading the store apart from computing and drawing.
  performance.measure('kpt-ranking-load', { start: started })
  return input
}
