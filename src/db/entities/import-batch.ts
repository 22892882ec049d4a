/**
 * An import of returned files announces itself before parsing starts and the store write that
 * lands the batch removes the announcement in the same transaction. An announcement still there
 * when the 自查材料 page opens therefore means exactly this: the batch was cut off (a reload, a
 * closed window) and nothing of it was stored.
 */
import type { AssessmentDB } from '../core/database'

export interface PendingImport {
  fileNames: string[]
  startedAt: string
  startedBy: string
}

export const pendingImportKey = (yearId: string): string => `import-pending|${yearId}`

export async function announceImportBatch(
  db: AssessmentDB,
  yearId: string,
  batch: PendingImport,
): Promise<void> {
  await db.meta.put({ key: pendingImportKey(yearId), value: batch })
}

export async function pendingImportBatch(
  db: AssessmentDB,
  yearId: string,
): Promise<PendingImport | undefined> {
  return (await db.meta.get(pendingImportKey(yearId)))?.value as PendingImport | undefined
}

/** The batch ended (stored, refused whole, or read and acknowledged as interrupted). */
export async function clearImportBatch(db: AssessmentDB, yearId: string): Promise<void> {
  await db.meta.delete(pendingImportKey(yearId))
}
