import { formatPoints, type Points } from '../../../domain'

/**
 * A score in an input cell: two places like every other score column (8.00, 8.50), so the
 * reviewer's own column reads as the columns beside it. A cell selects its text on focus, so
 * typing replaces the whole figure; nothing needs retyping.
 */
export function cellText(p: Points | null | undefined): string {
  return p === null || p === undefined ? '' : formatPoints(p)
}

/** A score in a column of figures: always two places. */
export function figure(p: Points | null | undefined): string {
  return p === null || p === undefined ? '—' : formatPoints(p)
}
