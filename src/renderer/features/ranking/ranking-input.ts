import { yearDataToPackage, type AssessmentDB, type HistoryRow } from '../../../db'
import type { ReviewerScore, YearPackage } from '../../../domain'

/**
 * What computeResults needs of a year, read in one snapshot and in parallel. Unlike an export it
 * leaves out the history and the approvals: the ranking does not use them, and chaining a long
 * history with SHA-256 cost more than the ranking itself (the 300 ms budget of the page).
 * Scores and submissions are read raw (no Dexie reading hooks; the store defines none) because
 * they are tens of thousands of rows.
 *
 * The last read is kept while nothing has been written: every write of the store appends a
 * history entry in its own transaction (src/db/session.ts), so an unchanged last history key
 * means unchanged data, and coming back to the page costs one key lookup instead of reading
 * every score again. While reviewers score, the only new entries are score changes: those are
 * applied to the kept read from their history entries (entity 'score', entityId
 * `unit|reviewer|item`, newValue {score, reason} or null; src/db/scores.ts) instead of reading
 * 30,000 rows again. Any other change of this year reads everything.
 */
let cached: { yearId: string; lastChange: number | undefined; pkg: YearPackage } | null = null

export async function loadRankingInput(
  db: AssessmentDB,
  yearId: string,
): Promise<YearPackage | null> {
  const tables = [
    db.years,
    db.units,
    db.criteria,
    db.submissions,
    db.reviewers,
    db.scores,
    db.adjustments,
    db.ledger,
  ]
  const started = performance.now()
  const pkg = await db.transaction('r', [...tables, db.history], async () => {
    const lastChange = (await db.history.orderBy(':id').reverse().limit(1).primaryKeys())[0]
    if (cached && cached.yearId === yearId) {
      if (cached.lastChange === lastChange) return cached.pkg
      const patched = await patchScores(db, cached, yearId)
      if (patched) {
        cached = { yearId, lastChange, pkg: patched }
        return patched
      }
    }
    const [year, units, criteria, submissions, reviewers, scores, adjustments, ledger] =
      await Promise.all([
        db.years.get(yearId),
        db.units.where('yearId').equals(yearId).toArray(),
        db.criteria.where('yearId').equals(yearId).toArray(),
        db.submissions.where('yearId').equals(yearId).raw().toArray(),
        db.reviewers.where('yearId').equals(yearId).toArray(),
        db.scores.where('yearId').equals(yearId).raw().toArray(),
        db.adjustments.where('yearId').equals(yearId).toArray(),
        db.ledger.where('yearId').equals(yearId).toArray(),
      ])
    if (!year) return null
    const fresh = yearDataToPackage(
      {
        year,
        units,
        criteria,
        submissions,
        reviewers,
        scores,
        adjustments,
        ledger,
        approvals: [],
        history: [],
      },
      new Date().toISOString(),
    )
    cached = { yearId, lastChange, pkg: fresh }
    return fresh
  })
  // Read by bench/scoring-ui.mjs, to tell reading the store apart from computing and drawing.
  performance.measure('kpt-ranking-load', { start: started })
  return pkg
}

const MAX_PATCH = 2000

async function patchScores(
  db: AssessmentDB,
  from: { lastChange: number | undefined; pkg: YearPackage },
  yearId: string,
): Promise<YearPackage | null> {
  if (from.lastChange === undefined) return null
  const newer = await db.history
    .where(':id')
    .above(from.lastChange)
    .limit(MAX_PATCH + 1)
    .toArray()
  if (newer.length > MAX_PATCH) return null
  // Entries without a year (an operator switch, a store-wide restore) may touch anything.
  if (newer.some((h) => h.yearId === null)) return null
  const own = newer.filter((h) => h.yearId === yearId)
  if (!own.every(isScoreChange)) return null
  const key = (s: Pick<ReviewerScore, 'unitId' | 'reviewerId' | 'itemCode'>) =>
    `${s.unitId}|${s.reviewerId}|${s.itemCode}`
  const scores = new Map(from.pkg.scores.map((s) => [key(s), s]))
  for (const h of own) {
    const [unitId = '', reviewerId = '', itemCode = ''] = h.entityId.split('|')
    const value = h.newValue as { score: number; reason: string } | null
    const k = key({ unitId, reviewerId, itemCode })
    if (value === null) scores.delete(k)
    else scores.set(k, { unitId, reviewerId, itemCode, score: value.score, reason: value.reason })
  }
  return { ...from.pkg, scores: [...scores.values()] }
}

function isScoreChange(h: HistoryRow): boolean {
  if (h.entity !== 'score' || h.entityId.split('|').length !== 3) return false
  const v = h.newValue as { score?: unknown; reason?: unknown } | null
  return v === null || (typeof v.score === 'number' && typeof v.reason === 'string')
}
