/** One reviewer's score for one item of one unit: at most one row, so the key says which. */
export const scoreId = (
  yearId: string,
  unitId: string,
  reviewerId: string,
  itemCode: string,
): string => `${yearId}|${unitId}|${reviewerId}|${itemCode}`
