/**
 * The history inside a package is a chain of its own — numbered from 1, starting from the
 * genesis hash — so the domain's `parseYearPackage` can check a package away from the store
 * that wrote it. Each entry keeps its hash in this store as `sourceHash`, which is how a
 * restore recognises entries it already holds.
 */
import { appendHistory as appendToChain, type HistoryEntry } from '../../domain'
import type { HistoryRow } from '../core/rows'

export function chainPackageHistory(rows: readonly HistoryRow[]): HistoryEntry[] {
  let chain: HistoryEntry[] = []
  for (const r of rows) {
    chain = appendToChain(chain, {
      yearId: r.yearId,
      at: r.at,
      who: r.who,
      entity: r.entity,
      entityId: r.entityId,
      action: r.action,
      oldValue: r.oldValue ?? null,
      newValue: r.newValue ?? null,
      reason: r.reason,
      sourceHash: r.sourceHash ?? r.hash,
    })
  }
  return chain
}
