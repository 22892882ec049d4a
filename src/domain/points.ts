import type { Result } from '../shared/result'

/**
 * A score in integer hundredths of a point: 12.5 分 is 1250. Every sum, mean and comparison in
 * the domain works on these integers, so 0.1 + 0.2 is exactly 0.3 (10 + 20 = 30).
 */
export type Points = number

const DECIMAL = /^(\d+)(?:\.(\d{1,2}))?$/

/**
 * Reads a score typed or imported as text ('12', '12.5', '12.50', '１２．５' from a Chinese IME).
 * Refuses, with a Chinese message, anything that is not a non-negative decimal with at most
 * two places: a third decimal would be silently rounded otherwise, and the office must decide it.
 */
export function parsePoints(input: string | number, label = '分值'): Result<Points> {
  if (typeof input === 'number') return pointsFromNumber(input, label)
  const text = toHalfWidth(input).trim()
  if (text === '') return fail(`${label}：不能为空`)
  if (text.startsWith('-')) return fail(`${label}：不能为负数（${input}）`)
  const m = DECIMAL.exec(text)
  if (!m) {
    if (/^\d+\.\d{3,}$/.test(text)) return fail(`${label}：最多两位小数（${input}）`)
    return fail(`${label}：“${input}”不是有效的分数`)
  }
  const whole = Number(m[1])
  const frac = (m[2] ?? '').padEnd(2, '0')
  const value = whole * 100 + Number(frac)
  if (!Number.isSafeInteger(value)) return fail(`${label}：数值过大（${input}）`)
  return { ok: true, value }
}

/**
 * Excel hands numbers over as binary floats (12.3 arrives as 12.300000000000001 after some
 * formulas): accept a float only when it is within a billionth of a two-place decimal.
 */
function pointsFromNumber(n: number, label: string): Result<Points> {
  if (!Number.isFinite(n)) return fail(`${label}：不是有效的数字`)
  if (n < 0) return fail(`${label}：不能为负数（${n}）`)
  const scaled = Math.round(n * 100)
  if (Math.abs(n * 100 - scaled) > 1e-6) return fail(`${label}：最多两位小数（${n}）`)
  if (!Number.isSafeInteger(scaled)) return fail(`${label}：数值过大（${n}）`)
  return { ok: true, value: scaled }
}

/** '12.50'; negatives (signed adjustments) as '-3.00'. */
export function formatPoints(p: Points): string {
  const sign = p < 0 ? '-' : ''
  const abs = Math.abs(p)
  const whole = Math.floor(abs / 100)
  const frac = abs % 100
  return `${sign}${whole}.${frac < 10 ? '0' : ''}${frac}`
}

/** Signed adjustments as typed by the office: '+2', '-1.5', '3'. */
export function parseSignedPoints(input: string, label = '调整分值'): Result<Points> {
  const text = toHalfWidth(input).trim()
  const negative = text.startsWith('-')
  const body = text.replace(/^[+-]/, '')
  const r = parsePoints(body, label)
  if (!r.ok) return r
  return { ok: true, value: negative ? -r.value : r.value }
}

/** Whole points (e.g. a ledger deduction of 10 分) as hundredths. */
export const points = (whole: number): Points => whole * 100

/**
 * The mean of non-negative hundredths, rounded half-up to a hundredth, in integers only:
 * round(sum / n) = floor((2·sum + n) / (2n)).
 */
export function meanHalfUp(values: readonly Points[]): Points {
  const n = values.length
  if (n === 0) return 0
  let sum = 0
  for (const v of values) sum += v
  return Math.floor((2 * sum + n) / (2 * n))
}

function toHalfWidth(s: string): string {
  return s
    .replace(/[\uFF10-\uFF19\uFF0E\uFF0B\uFF0D]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .replace(/[。]/g, '.')
}

function fail(message: string): Result<never> {
  return { ok: false, error: { code: 'invalid-points', message } }
}
