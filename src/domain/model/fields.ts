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

/** Integer hundredths, 0 or more. */
export const points = (label: string) =>
  z
    .number({ error: typeError(label, '数字（以百分之一分为单位的整数）') })
    .int({ error: `${label}：应为以百分之一分为单位的整数` })
    .min(0, { error: `${label}：不能为负数` })
    .describe(`${label}（以百分之一分为单位的整数，12.5 分记为 1250）`)

/** Integer hundredths, signed (re-check adjustments). */
export const signedPoints = (label: string) =>
  z
    .number({ error: typeError(label, '数字（以百分之一分为单位的整数）') })
    .int({ error: `${label}：应为以百分之一分为单位的整数` })
    .describe(`${label}（以百分之一分为单位的整数，可为负）`)

export const isoTime = (label: string) =>
  z
    .string({ error: typeError(label, '时间文本') })
    .min(1, { error: `${label}：不能为空` })
    .refine((s) => !Number.isNaN(Date.parse(s)), { error: `${label}：不是有效的时间` })
    .describe(`${label}（ISO 8601）`)

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
