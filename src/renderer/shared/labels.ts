import type { YearRow } from '../../db'
import { SEQUENCE_LABELS, SEQUENCES as SEQUENCE_IDS, type Sequence } from '../../domain'

/** How stored codes read in the UI. */
export const SEQUENCES = SEQUENCE_IDS.map((id) => ({ id, label: SEQUENCE_LABELS[id] }))

export type SequenceId = Sequence

export function sequenceLabel(id: string): string {
  return SEQUENCES.find((s) => s.id === id)?.label ?? id
}

export const ORIGIN_LABELS: Record<YearRow['origin'], string> = {
  scratch: '从零新建',
  previous: '复制上一年度',
  sample: '示例年度',
  restore: '从数据包恢复',
}

/** `2026-03-01T01:02:03Z` → `2026-03-01 09:02` (local time of the PC). */
export function formatTime(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
}
