import type { HistoryEntry } from '../model/record'
import { canonicalJson } from './canonical-json'
import { sha256Hex } from './sha256'

export const GENESIS_HASH = '0'.repeat(64)

export type HistoryInput = Omit<HistoryEntry, 'seq' | 'prevHash' | 'hash'>

/**
 * The hash of one entry: everything it says, chained to the hash before it. The same formula
 * as the store's chain (src/db/core/history.ts), so an entry hashes alike in both.
 */
export function historyEntryHash(entry: HistoryInput, prevHash: string): string {
  const { yearId, at, who, entity, entityId, action, oldValue, newValue, reason, sourceHash } =
    entry
  const content = {
    yearId,
    at,
    who,
    entity,
    entityId,
    action,
    oldValue,
    newValue,
    reason,
    sourceHash,
  }
  return sha256Hex(`${prevHash}\n${canonicalJson(content)}`)
}

/** A new chain with the entry appended; the input is left as it was. */
export function appendHistory(chain: readonly HistoryEntry[], input: HistoryInput): HistoryEntry[] {
  const last = chain.at(-1)
  const prevHash = last?.hash ?? GENESIS_HASH
  // Through JSON so the kept entry is exactly what was hashed (no undefined, no Date objects).
  const clean = JSON.parse(JSON.stringify(input)) as HistoryInput
  const entry: HistoryEntry = {
    ...clean,
    seq: (last?.seq ?? 0) + 1,
    prevHash,
    hash: historyEntryHash(clean, prevHash),
  }
  return [...chain, entry]
}

export type HistoryCheck =
  | { intact: true; count: number; lastHash: string }
  | { intact: false; count: number; brokenAtSeq: number; message: string }

/** Walks the chain in order and reports the first entry that does not fit, in Chinese. */
export function verifyHistory(chain: readonly HistoryEntry[]): HistoryCheck {
  let prevHash = GENESIS_HASH
  for (const entry of chain) {
    if (entry.prevHash !== prevHash) {
      return broken(
        chain,
        entry,
        `历史记录第 ${entry.seq} 条与前一条衔接不上：其前面的记录被删除或改动过。`,
      )
    }
    if (historyEntryHash(entry, entry.prevHash) !== entry.hash) {
      return broken(chain, entry, `历史记录第 ${entry.seq} 条的内容被改动过（校验值不符）。`)
    }
    prevHash = entry.hash
  }
  return { intact: true, count: chain.length, lastHash: prevHash }
}

function broken(
  chain: readonly HistoryEntry[],
  entry: HistoryEntry,
  message: string,
): HistoryCheck {
  return { intact: false, count: chain.length, brokenAtSeq: entry.seq, message }
}
