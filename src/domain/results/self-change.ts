import type { Points } from '../points'
import type { SelfChange } from '../model/year-package'

/**
 * The 自评已更新 mark a review score carries after a unit sent version `version` of its
 * self-assessment, in which the item's self score went from `from` to `to`. Review began before
 * this version, so a score given against the old self score may rest on what the unit has since
 * corrected: it is marked for the reviewer to confirm. A mark already there keeps the self score
 * the reviewer actually saw; a score the new self score now matches, or one whose self score
 * went back to what the reviewer saw, loses its mark. An item whose self score did not change
 * keeps whatever mark it has. The store (on import) and the CLI's `import` both apply this.
 */
export function nextSelfChangeMark(
  score: { score: Points; selfChanged?: SelfChange | null },
  from: Points | null,
  to: Points | null,
  version: number,
  at: string,
): SelfChange | null {
  const current = score.selfChanged ?? null
  if (from === to) return current
  const seen = current ? current.from : from
  if (score.score === to || seen === to) return null
  return { from: seen, to, version, at }
}
