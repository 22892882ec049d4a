import type { AssessmentDB } from '../core/database'
import type { CriteriaRow } from '../core/rows'
import { readYearPacks } from './score-packs'
import { SEQUENCES, validateCriteria, type Sequence } from '../../domain'
import type { CycleFacts } from '../../help'

/**
 * What the progress strip needs of a year, read in one snapshot: the roster with each unit's
 * template, return and scored items, whether both criteria sheets are valid, the adjustments
 * in force and the lock. Submissions are read by key only (`${yearId}|${unitId}|${version}`)
 * and scores from the packs, so the strip stays cheap on a large year while it follows every
 * write (it is a live query on every page).
 */
export async function readCycleFacts(db: AssessmentDB, yearId: string): Promise<CycleFacts | null> {
  const tables = [db.years, db.units, db.criteria, db.submissions, db.scorePacks, db.adjustments]
  return db.transaction('r', tables, async () => {
    const year = await db.years.get(yearId)
    if (!year) return null
    const [units, criteria, submissionKeys, packs, adjustments] = await Promise.all([
      db.units.where('yearId').equals(yearId).toArray(),
      db.criteria.where('yearId').equals(yearId).toArray(),
      db.submissions.where('yearId').equals(yearId).primaryKeys(),
      readYearPacks(db, yearId),
      db.adjustments.where('yearId').equals(yearId).toArray(),
    ])
    const sheets = latestSheets(criteria)
    const codes = Object.fromEntries(
      SEQUENCES.map((s) => [
        s,
        new Set(sheets[s]?.categories.flatMap((c) => c.items.map((i) => i.code))),
      ]),
    ) as Record<Sequence, Set<string>>
    const submitted = new Set(submissionKeys.map((k) => String(k).split('|').at(-2)))
    const scored = new Map(packs.map((p) => [p.unitId, scoredCodes(p.itemCodes, p.cells)]))
    return {
      units: units
        .filter((u) => !u.retired)
        .map((u) => {
          const sheet = codes[u.sequence]
          const done = scored.get(u.id)
          return {
            sequence: u.sequence,
            templateIssued: Boolean(u.templateIssuedAt),
            submitted: submitted.has(u.id),
            itemsScored: done ? [...sheet].filter((c) => done.has(c)).length : 0,
            items: sheet.size,
          }
        }),
      criteriaReady: SEQUENCES.every((s) => {
        const sheet = sheets[s]
        return sheet !== undefined && validateCriteria(sheet).length === 0
      }),
      adjustments: adjustments.filter((a) => !a.removed).length,
      locked: year.locked,
    }
  })
}

function latestSheets(rows: CriteriaRow[]): Partial<Record<Sequence, CriteriaRow['sheet']>> {
  const out: Partial<Record<Sequence, CriteriaRow>> = {}
  for (const r of rows)
    if (!out[r.sequence] || out[r.sequence]!.version < r.version) out[r.sequence] = r
  return Object.fromEntries(Object.entries(out).map(([s, r]) => [s, r.sheet]))
}

/** The item codes a pack holds a score for (any reviewer). */
function scoredCodes(itemCodes: string[], cells: Int32Array): Set<string> {
  const out = new Set<string>()
  for (let k = 1; k < cells.length; k += 3) out.add(itemCodes[cells[k]!]!)
  return out
}
