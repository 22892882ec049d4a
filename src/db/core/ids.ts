/**
 * Record ids: short random hex, from `crypto.getRandomValues` (present in every browser context
 * and in Node), unlike `crypto.randomUUID`, which needs a secure context.
 */
export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8))
  return `${prefix}_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`
}

/** One reviewer's score for one item of one unit: at most one row, so the key says which. */
export const scoreId = (
  yearId: string,
  unitId: string,
  reviewerId: string,
  itemCode: string,
): string => `${yearId}|${unitId}|${reviewerId}|${itemCode}`
