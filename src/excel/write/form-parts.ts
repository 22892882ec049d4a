/** Pieces the fill-in forms share: score validation, the return notice, signature lines. */
import { formatPoints, type YearSettings } from '../../domain'
import type { Validation } from './sheet-builder'

/** One validation per distinct maximum: a decimal from 0 to the item's max, in Chinese. */
export function scoreValidations(
  cells: { cell: string; max: number; step?: number }[],
  label: string,
): Validation[] {
  const byMax = new Map<string, { max: number; step?: number; cells: string[] }>()
  for (const c of cells) {
    const key = `${c.max}/${c.step ?? ''}`
    const group = byMax.get(key) ?? { max: c.max, step: c.step, cells: [] }
    group.cells.push(c.cell)
    byMax.set(key, group)
  }
  return [...byMax.values()].map(({ max, step, cells: refs }) => {
    const top = formatPoints(max)
    const stepText = step ? `，按扣分步长 ${formatPoints(step)} 分扣减` : ''
    return {
      cells: refs,
      rule: { kind: 'decimal', min: 0, max: Number(top) },
      promptTitle: `${label}（满分 ${top}）`,
      prompt: `填写 0 至 ${top} 之间的数，最多两位小数${stepText}；低于满分须写明原因。`,
      errorTitle: `${label}超出范围`,
      error: `${label}应为 0 至 ${top} 之间的数，请重新填写。`,
    }
  })
}

/** `2027年1月15日`, or the words an office uses when no date is set. */
export function deadlineText(settings: Pick<YearSettings, 'returnDeadline'>): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(settings.returnDeadline ?? '')
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日前` : '在规定时间内'
}

export const returnTo = (settings: Pick<YearSettings, 'returnContact'>): string =>
  settings.returnContact?.trim() || '县考评办'

const BLANK = '＿＿＿＿＿＿＿＿＿＿'
const GAP = '\u3000\u3000\u3000'

/** The lines a returned form is signed and stamped on. */
export const SIGNATURE_LINES = [
  `填报单位（盖章）：${BLANK}${GAP}主要负责人（签字）：${BLANK}${GAP}填报人：${BLANK}`,
  `联系电话：${BLANK}${GAP}填报日期：\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日`,
]
