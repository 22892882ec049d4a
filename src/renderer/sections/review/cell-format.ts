import { formatPoints, type Points } from '../../../domain'

/** A score as typed in a cell: '8', '8.5', '8.25' (no trailing zeros to retype). */
export function cellText(p: Points | null | undefined): string {
  if (p === null || p === undefined) return ''
  return formatPoints(p)
    .replace(/\.00$/, '')
    .replace(/(\.\d)0$/, '$1')
}

/** A score in a column of figures: always two places. */
export function figure(p: Points | null | undefined): string {
  return p === null || p === undefined ? '—' : formatPoints(p)
}
