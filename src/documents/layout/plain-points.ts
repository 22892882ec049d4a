import { formatPoints, type Points } from '../../domain'

/** Points as the rules write them: 10分, 2.5分 — not 10.00分 (trailing zeros dropped). */
export function plainPoints(p: Points): string {
  return formatPoints(p).replace(/\.?0+$/, '')
}
