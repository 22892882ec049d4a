import { formatPoints } from '../points'
import type { CriteriaSheet } from '../model/criteria'
import { SEQUENCE_LABELS } from '../model/unit'

export const FULL_MARKS = 10000

/**
 * Everything wrong with a sheet, one Chinese sentence each; empty when it can be used.
 * The schema already guarantees the shapes; this checks the rules of a 百分制 sheet.
 */
export function validateCriteria(sheet: CriteriaSheet): string[] {
  const where = `${SEQUENCE_LABELS[sheet.sequence]}考评细则`
  const problems: string[] = []
  const seen = new Map<string, string>()
  let sum = 0
  let count = 0
  if (sheet.categories.length === 0) problems.push(`${where}：没有一级指标`)
  for (const category of sheet.categories) {
    if (category.items.length === 0)
      problems.push(`${where}：一级指标“${category.title}”下没有考评内容`)
    for (const item of category.items) {
      count++
      const name = `指标 ${item.code}（${shorten(item.title)}）`
      const earlier = seen.get(item.code)
      if (earlier !== undefined) {
        problems.push(
          `${where}：指标编号 ${item.code} 重复（${shorten(earlier)}；${shorten(item.title)}）`,
        )
      }
      seen.set(item.code, item.title)
      if (item.max <= 0) problems.push(`${where}：${name} 的满分应大于 0`)
      sum += item.max
      if (item.step !== undefined) {
        if (item.step <= 0) problems.push(`${where}：${name} 的扣分步长应大于 0`)
        else if (item.max % item.step !== 0) {
          problems.push(
            `${where}：${name} 的扣分步长 ${formatPoints(item.step)} 分不能整除满分 ${formatPoints(item.max)} 分`,
          )
        }
      }
    }
  }
  if (count > 0 && sum !== FULL_MARKS) {
    const diff = sum - FULL_MARKS
    problems.push(
      `${where}：各项满分合计 ${formatPoints(sum)} 分，应为 100.00 分（${diff > 0 ? '多' : '少'} ${formatPoints(Math.abs(diff))} 分）`,
    )
  }
  const vetoCodes = new Set<string>()
  for (const veto of sheet.vetoes) {
    if (vetoCodes.has(veto.code)) problems.push(`${where}：否决情形编号 ${veto.code} 重复`)
    vetoCodes.add(veto.code)
  }
  return problems
}

/** Every item of a sheet in order, with the category it belongs to. */
export function criteriaItems(sheet: CriteriaSheet) {
  return sheet.categories.flatMap((category, categoryIndex) =>
    category.items.map((item) => ({ ...item, categoryIndex, category: category.title })),
  )
}

function shorten(title: string): string {
  return title.length > 16 ? `${title.slice(0, 16)}…` : title
}
