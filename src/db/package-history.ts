/**
 * The history inside a package is a chain of its own — numbered from 1, starting from the
 * genesis hash — so a package can be checked on its own, away from the store that wrote it.
 * Each `hash` covers every other field of the entry and `prevHash` (HistoryEntrySchema).
 *
 * Stand-in until the domain exports its chain helper (requested in /work/helpers/REQUESTS.md):
 * then this file delegates to it.
 */
import type { HistoryEntry } from '../domain'
import { canonicalJson } from './canonical-json'
import { GENESIS_HASH } from './history'
import type { HistoryRow } from './rows'
import { sha256Hex } from './sha256'

export const packageEntryHash = (entry: Omit<HistoryEntry, 'hash'>): string =>
  sha256Hex(canonicalJson(entry))

export function chainPackageHistory(rows: readonly HistoryRow[]): HistoryEntry[] {
  let prevHash = GENESIS_HASH
  return rows.map((r, i) => {
    const body = {
      seq: i + 1,
      at: r.at,
      who: r.who,
      entity: r.entity,
      entityId: r.entityId,
      action: r.action,
      oldValue: r.oldValue ?? null,
      newValue: r.newValue ?? null,
      reason: r.reason,
      prevHash,
    }
    const entry = { ...body, hash: packageEntryHash(body) }
    prevHash = entry.hash
    return entry
  })
}

/** The 1-based position of the first entry that does not fit; null when the chain holds. */
export function findPackageHistoryBreak(entries: readonly HistoryEntry[]): number | null {
  let prevHash = GENESIS_HASH
  for (const [i, e] of entries.entries()) {
    const { hash, ...body } = e
    if (e.prevHash !== prevHash || packageEntryHash(body) !== hash) return i + 1
    prevHash = hash
  }
  return null
}
