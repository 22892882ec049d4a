/**
 * Points as the office types them ("12.5") and as they are stored (integer hundredths, 1250),
 * converted through text so no binary floating point ever touches a score. The domain core
 * will own this arithmetic; this page only needs parse, format and sum.
 */
export function parsePoints(text: string): number | null {
  const t = text.trim()
  const m = /^(\d{1,4})(?:\.(\d{1,2}))?$/.exec(t)
  if (!m) return null
  const whole = Number(m[1])
  const frac = Number((m[2] ?? '').padEnd(2, '0'))
  return whole * 100 + frac
}

export function formatPoints(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : ''
  const abs = Math.abs(hundredths)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

export const FULL_MARKS = 10_000
