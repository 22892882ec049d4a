import { z } from 'zod'

/**
 * Field builders whose every message names the field in Chinese, so a refusal reads
 * `单位名称：不能为空` rather than zod's English default. The path (which unit, which item)
 * is added by `describeIssues`.
 */
const typeError = (label: string, expected: string) => (iss: { input?: unknown }) =>
  iss.input === undefined ? `${label}：必填` : `${label}：应为${expected}`

export const text = (label: string) =>
  z
    .string({ error: typeError(label, '文本') })
    .trim()
    .describe(label)

export const requiredText = (label: string) => text(label).min(1, { error: `${label}：不能为空` })

export const id = (label: string) =>
  z
    .string({ error: typeError(label, '文本') })
    .min(1, { error: `${label}：不能为空` })
    .max(200, { error: `${label}：过长` })
    .describe(label)

/**
 * The largest amount any field holds: 100.00 分, the whole of the 百分制 (an item's maximum,
 * a score, an adjustment, a line). Bounding every amount here keeps all sums exact: the
 * tallies add reviewer scores in 32-bit integers, and a package with a score of 1e20 once
 * passed the schema.
 */
export const MAX_AMOUNT = 10000

/** Integer hundredths, 0 to 100.00. */
export const points = (label: string) =>
  z
    .number({ error: typeError(label, '数字（以百分之一分为单位的整数）') })
    .int({ error: `${label}：应为以百分之一分为单位的整数` })
    .min(0, { error: `${label}：不能为负数` })
    .max(MAX_AMOUNT, { error: `${label}：不能超过 100 分（数据包中记为 ${MAX_AMOUNT}）` })
    .describe(`${label}（以百分之一分为单位的整数，12.5 分记为 1250）`)

/** Integer hundredths, signed (re-check adjustments), -100.00 to 100.00. */
export const signedPoints = (label: string) =>
  z
    .number({ error: typeError(label, '数字（以百分之一分为单位的整数）') })
    .int({ error: `${label}：应为以百分之一分为单位的整数` })
    .min(-MAX_AMOUNT, {
      error: `${label}：应在 -100 至 100 分之间（-${MAX_AMOUNT} 至 ${MAX_AMOUNT}）`,
    })
    .max(MAX_AMOUNT, {
      error: `${label}：应在 -100 至 100 分之间（-${MAX_AMOUNT} 至 ${MAX_AMOUNT}）`,
    })
    .describe(`${label}（以百分之一分为单位的整数，可为负）`)

export const isoTime = (label: string) =>
  z
    .string({ error: typeError(label, '时间文本') })
    .min(1, { error: `${label}：不能为空` })
    .refine((s) => !Number.isNaN(Date.parse(s)), { error: `${label}：不是有效的时间` })
    .describe(`${label}（ISO 8601）`)

export function isCalendarDay(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number]
  const t = new Date(Date.UTC(y, m - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
}

/** A calendar day, `2026-03-15`, that exists (no 2026-02-30). */
export const calendarDate = (label: string) =>
  z
    .string({ error: typeError(label, '日期文本') })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label}：应为 年-月-日，如 2026-03-15` })
    .refine(isCalendarDay, { error: `${label}：没有这一天` })
    .describe(`${label}（年-月-日）`)

export const flag = (label: string) =>
  z.boolean({ error: typeError(label, '是或否') }).describe(label)

export const year = (label: string) =>
  z
    .number({ error: typeError(label, '年份') })
    .int({ error: `${label}：应为整数年份` })
    .min(2000, { error: `${label}：应在 2000–2100 之间` })
    .max(2100, { error: `${label}：应在 2000–2100 之间` })

export const oneOf = <const T extends readonly [string, ...string[]]>(label: string, values: T) =>
  z.enum(values, { error: `${label}：应为 ${values.join('、')} 之一` }).describe(label)

/** Text kept exactly as written (no trimming): for hashed records such as the history. */
export const exactText = (label: string, required = false) => {
  const s = z.string({ error: typeError(label, '文本') })
  return required ? s.min(1, { error: `${label}：不能为空` }) : s
}
