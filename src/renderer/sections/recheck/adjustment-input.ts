import { parseSignedPoints, type Points } from '../../../domain'

export interface AdjustmentDraft {
  /** '' = the total; otherwise an item code. */
  target: string
  delta: string
  reason: string
  supervisionRef: string
}

export type CheckedAdjustment =
  | { ok: true; itemCode: string | null; delta: Points; reason: string; supervisionRef: string }
  | { ok: false; message: string }

/**
 * Checks a 复核 adjustment before it goes to the store: a signed, non-zero score with at most
 * two places, a reason, and a 日常监管 reference (the point of 复核 is to weigh daily supervision).
 */
export function checkAdjustment(d: AdjustmentDraft): CheckedAdjustment {
  const parsed = parseSignedPoints(d.delta, '调整分值')
  if (!parsed.ok) return { ok: false, message: parsed.error.message }
  if (parsed.value === 0) return { ok: false, message: '调整分值：不能为 0' }
  if (d.reason.trim() === '') return { ok: false, message: '请填写调整理由' }
  if (d.supervisionRef.trim() === '') {
    return { ok: false, message: '请填写日常监管依据（如督查通报、检查记录的文号或日期）' }
  }
  return {
    ok: true,
    itemCode: d.target === '' ? null : d.target,
    delta: parsed.value,
    reason: d.reason.trim(),
    supervisionRef: d.supervisionRef.trim(),
  }
}
