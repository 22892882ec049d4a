import { formatPoints, parsePoints } from './points'

/**
 * A criteria sheet while it is being edited: text fields exactly as typed, so a half-typed
 * number is never lost or rounded. `readSheet` turns a stored sheet into a draft, `toStored`
 * turns a checked draft back (points as integer hundredths).
 */
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

const str = (v: unknown): string => (typeof v === 'string' ? v : '')
const rec = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])

function pointsText(v: unknown): string {
  return typeof v === 'number' && Number.isInteger(v) ? formatPoints(v) : ''
}

export function readSheet(sheet: Record<string, unknown>): DraftSheet {
  const categories = arr(sheet.categories).map((c) => {
    const cat = rec(c)
    return {
      key: newKey(),
      title: str(cat.title),
      items: arr(cat.items).map((i) => {
        const it = rec(i)
        return {
          key: newKey(),
          code: str(it.code),
          title: str(it.title),
          max: pointsText(it.max),
          standard: str(it.standard),
          step: pointsText(it.step),
        }
      }),
    }
  })
  const vetoes = arr(sheet.vetoes)
    .map((v) => (typeof v === 'string' ? v : str(rec(v).title)))
    .filter((v) => v !== '')
  return { categories, vetoes: vetoes.join('\n') }
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

export function toStored(d: DraftSheet): Record<string, unknown> {
  return {
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
      .filter((v) => v !== ''),
  }
}
