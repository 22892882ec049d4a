import type { Points } from '../points'

/**
 * SPEC §2.4: an item is a reviewer disagreement when the spread between its highest and lowest
 * reviewer score reaches the year's margin (≥). Every view, export and document asks this one
 * function: the scoring sheet once used "greater than" while the ranking used "at least", and
 * a spread equal to the margin was flagged in one place and not the other. A margin of 0 turns
 * the flag off (otherwise every item scored by one reviewer, spread 0, would be flagged).
 */
export function isDisagreement(spread: Points, margin: Points): boolean {
  return margin > 0 && spread >= margin
}
