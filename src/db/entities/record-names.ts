/**
 * Current names for the ids that history entries record: entries keep ids so that they survive
 * renames and restores, and the history table shows names.
 */
import type { AssessmentDB } from '../core/database'

/** Every year's title, and with a year the names of its units and reviewers (retired too). */
export async function recordNames(
  db: AssessmentDB,
  yearId: string | null,
): Promise<Map<string, string>> {
  const map = new Map<string, string>()
  for (const y of await db.years.toArray()) map.set(y.id, y.title)
  if (yearId) {
    for (const u of await db.units.where('yearId').equals(yearId).toArray()) map.set(u.id, u.name)
    for (const r of await db.reviewers.where('yearId').equals(yearId).toArray())
      map.set(r.id, r.name)
  }
  return map
}
