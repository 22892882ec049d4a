import { formatPoints as f, type Points } from '../points'
import type { CriteriaItem, CriteriaSheet } from '../model/criteria'

/** The item of a sheet with this code, or undefined. */
export function findCriteriaItem(sheet: CriteriaSheet, code: string): CriteriaItem | undefined {
  for (const category of sheet.categories) {
    const item = category.items.find((i) => i.code === code)
    if (item) return item
  }
  return undefined
}

/**
 * Why a score cannot stand for this item (`得分 12.00 超过满分 10.00`), or null when it can.
 * Shared by the score grid, the Excel import and the package check, so all say the same.
 */
export function checkItemScore(
  score: Points,
  item: Pick<CriteriaItem, 'max' | 'step'>,
): string | null {
  if (!Number.isSafeInteger(score) || score < 0) return `得分 ${score} 不是有效的分数`
  if (score > item.max) return `得分 ${f(score)} 超过满分 ${f(item.max)}`
  if (item.step !== undefined && item.step > 0 && score % item.step !== 0) {
    return `得分 ${f(score)} 不是扣分步长 ${f(item.step)} 分的整数倍`
  }
  return null
}
