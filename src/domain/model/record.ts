import { z } from 'zod'
import { exactText, flag, id, isoTime, requiredText, text, year } from './fields'

export const ApprovalEventSchema = z.object({
  action: z.enum(['approve', 'unlock'], {
    error: '审定操作：应为 approve（审定）或 unlock（解锁）',
  }),
  at: isoTime('操作时间'),
  by: requiredText('操作人'),
  /** Required for an unlock; optional note for an approval. */
  reason: text('理由'),
})
export type ApprovalEvent = z.infer<typeof ApprovalEventSchema>

/** 审定 (第十六条): locked after approval; every unlock carries its reason. */
export const ApprovalSchema = z
  .object({
    locked: flag('是否锁定'),
    approvedBy: text('审定人').nullable(),
    approvedAt: isoTime('审定时间').nullable(),
    events: z.array(ApprovalEventSchema, { error: '审定记录：应为列表' }),
  })
  .refine((a) => a.events.every((e) => e.action !== 'unlock' || e.reason.length > 0), {
    error: '审定记录：解锁必须写明理由',
    path: ['events'],
  })
export type Approval = z.infer<typeof ApprovalSchema>

const anyValue = z
  .unknown()
  .optional()
  .transform((v): unknown => v)

/** One link of the append-only history; `hash` covers every other field and `prevHash`. */
export const HistoryEntrySchema = z.object({
  /** Position in this chain, from 1. */
  seq: z
    .number({ error: '历史序号：应为整数' })
    .int({ error: '历史序号：应为整数' })
    .min(1, { error: '历史序号：至少为 1' }),
  /** The store's year id the entry belongs to; null for entries about no year (e.g. settings). */
  yearId: z.string({ error: '年度编号：应为文本或空' }).nullable(),
  at: exactText('记录时间', true),
  who: exactText('操作人', true),
  /** What changed: 'score', 'adjustment', 'ledger', 'unit', 'criteria', 'lock', … */
  entity: exactText('记录类别', true),
  entityId: exactText('记录对象'),
  action: exactText('操作', true),
  // May be absent in the file (JSON drops undefined; it hashes the same), but the parsed
  // entry always has the key, as the store's rows do.
  oldValue: anyValue,
  newValue: anyValue,
  reason: exactText('理由'),
  /** On entries carried over from another chain (the store's), their hash there. */
  sourceHash: z
    .string({ error: '来源哈希：应为文本' })
    .regex(/^[0-9a-f]{64}$/, { error: '来源哈希：应为 64 位十六进制' })
    .optional(),
  prevHash: z.string({ error: '前一条哈希：应为文本' }).regex(/^[0-9a-f]{64}$/, {
    error: '前一条哈希：应为 64 位十六进制',
  }),
  hash: z.string({ error: '哈希：应为文本' }).regex(/^[0-9a-f]{64}$/, {
    error: '哈希：应为 64 位十六进制',
  }),
})
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>

/** Earlier years' results, for 第二十条 (three years running without completing the targets). */
export const PastOutcomeSchema = z.object({
  year: year('年度'),
  unitId: text('单位编号'),
  unitName: requiredText('单位名称'),
  targetsCompleted: flag('是否完成年度目标任务'),
})
export type PastOutcome = z.infer<typeof PastOutcomeSchema>

/**
 * 第二十条: whether a unit completed the county's annual environmental targets this year. The
 * office records it (with its reason); the app may suggest it from the score and any veto but
 * never decides it, so a year without a record flags no one.
 */
export const TargetJudgementSchema = z.object({
  unitId: id('单位编号'),
  completed: flag('是否完成年度目标任务'),
  reason: requiredText('判定理由'),
  at: isoTime('记录时间'),
  by: requiredText('记录人'),
})
export type TargetJudgement = z.infer<typeof TargetJudgementSchema>
