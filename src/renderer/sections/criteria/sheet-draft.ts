import {
  FULL_MARKS,
  formatPoints,
  parsePoints as parseDomainPoints,
  type CriteriaSheet,
  type Sequence,
} from '../../../domain'

/**
 * A criteria sheet while it is being edited: text fields exactly as typed, so a half-typed
 * number is never lost or rounded. `readSheet` turns the domain's sheet into a draft,
 * `toStored` turns a checked draft back (points as integer hundredths, through the domain's
 * exact parser).
 */

/** Hundredths, or null when the text is not a valid score. */
export function parsePoints(text: string): number | null {
  const r = parseDomainPoints(text)
  return r.ok ? r.value : null
}
export interface DraftItem {
  key: string
  code: string
  title: string
  max: string
  standard: string
  /** Deduction step, e.g. "1" for 每少一次扣1分; empty when none. */
  step: string
}

export interface DraftCategory {
  key: string
  title: string
  items: DraftItem[]
}

export interface DraftSheet {
  categories: DraftCategory[]
  /** One veto condition per line. */
  vetoes: string
}

let counter = 0
export const newKey = (): string => `k${++counter}`

export function readSheet(sheet: CriteriaSheet | undefined): DraftSheet {
  if (!sheet) return { categories: [], vetoes: '' }
  return {
    categories: sheet.categories.map((c) => ({
      key: newKey(),
      title: c.title,
      items: c.items.map((i) => ({
        key: newKey(),
        code: i.code,
        title: i.title,
        max: formatPoints(i.max),
        standard: i.standard,
        step: i.step === undefined ? '' : formatPoints(i.step),
      })),
    })),
    vetoes: sheet.vetoes.map((v) => v.text).join('\n'),
  }
}

/** Sum of the maxima that parse, in hundredths; the running total shown while editing. */
export function categoryTotal(c: DraftCategory): number {
  return c.items.reduce((sum, i) => sum + (parsePoints(i.max) ?? 0), 0)
}

export function sheetTotal(d: DraftSheet): number {
  return d.categories.reduce((sum, c) => sum + categoryTotal(c), 0)
}

/** Problems that stop a save, each naming the category or item. */
export function draftProblems(d: DraftSheet): string[] {
  const problems: string[] = []
  const codes = new Map<string, number>()
  d.categories.forEach((c, ci) => {
    const where = `第 ${ci + 1} 个一级指标`
    if (c.title.trim() === '') problems.push(`${where}未填名称`)
    c.items.forEach((i, ii) => {
      const label = i.code.trim() || `${where}第 ${ii + 1} 项`
      if (i.code.trim() === '') problems.push(`${where}第 ${ii + 1} 项未填编号`)
      else codes.set(i.code.trim(), (codes.get(i.code.trim()) ?? 0) + 1)
      if (i.title.trim() === '') problems.push(`${label}：未填考评内容`)
      const max = parsePoints(i.max)
      if (max === null || max === 0) {
        problems.push(`${label}：分值“${i.max}”无效，应为大于 0、最多两位小数的数`)
      }
      if (i.step.trim() !== '') {
        const step = parsePoints(i.step)
        if (step === null || step === 0) problems.push(`${label}：扣分步长“${i.step}”无效`)
        else if (max !== null && max % step !== 0) {
          problems.push(`${label}：扣分步长 ${i.step} 分不能整除分值 ${i.max} 分`)
        }
      }
    })
  })
  for (const [code, n] of codes) if (n > 1) problems.push(`编号“${code}”重复了 ${n} 次`)
  return problems
}

/** A version is what templates and scoring use: it must total exactly 100.00 (第九条、第十条). */
export function totalProblem(total: number): string[] {
  if (total === FULL_MARKS) return []
  const diff = total - FULL_MARKS
  return [
    `合计 ${formatPoints(total)} 分，不等于 100.00 分（${diff > 0 ? '多' : '少'} ${formatPoints(Math.abs(diff))} 分），不能保存为正式版本；可先“存为草稿”`,
  ]
}

export function toStored(
  d: DraftSheet,
  head: { sequence: Sequence; version: number; title: string },
): CriteriaSheet {
  return {
    ...head,
    categories: d.categories.map((c) => ({
      title: c.title.trim(),
      items: c.items.map((i) => ({
        code: i.code.trim(),
        title: i.title.trim(),
        max: parsePoints(i.max) ?? 0,
        standard: i.standard.trim(),
        ...(i.step.trim() === '' ? {} : { step: parsePoints(i.step) ?? 0 }),
      })),
    })),
    vetoes: d.vetoes
      .split('\n')
      .map((v) => v.trim())
      .filter((v) => v !== '')
      .map((text, i) => ({ code: `V${i + 1}`, text })),
  }
}
