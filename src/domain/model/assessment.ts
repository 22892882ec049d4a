import { z } from 'zod'
import {
  calendarDate,
  flag,
  id,
  isoTime,
  oneOf,
  points,
  requiredText,
  signedPoints,
  text,
} from './fields'

/** One row of a unit's 自查表. */
export const SelfItemSchema = z.object({
  code: id('指标编号'),
  /** Self score in hundredths; null when the unit left it blank. */
  score: points('自评得分').nullable(),
  explanation: text('自评说明'),
  /** 佐证材料, one entry per document named. */
  evidence: z.array(text('佐证材料'), { error: '佐证材料：应为列表' }),
})
export type SelfItem = z.infer<typeof SelfItemSchema>

export const VetoDeclarationSchema = z.object({
  /** Codes of the veto conditions the unit declares (or the office records) as met. */
  conditions: z.array(id('否决情形编号'), { error: '否决情形：应为列表' }),
  note: text('否决情况说明'),
})
export type VetoDeclaration = z.infer<typeof VetoDeclarationSchema>

/** A returned self-assessment file; re-imports add versions, the highest version counts. */
export const SubmissionSchema = z.object({
  unitId: id('单位编号'),
  version: z.number({ error: '自查版本：应为整数' }).int({ error: '自查版本：应为整数' }).min(1, {
    error: '自查版本：至少为 1',
  }),
  fileName: text('文件名'),
  importedAt: isoTime('导入时间'),
  importedBy: text('导入人'),
  criteriaVersion: z.number({ error: '细则版本：应为整数' }).int({ error: '细则版本：应为整数' }),
  items: z.array(SelfItemSchema, { error: '自查内容：应为列表' }),
  veto: VetoDeclarationSchema,
})
export type Submission = z.infer<typeof SubmissionSchema>

export const ReviewerSchema = z.object({
  id: id('评分人编号'),
  name: requiredText('评分人姓名'),
  retired: flag('是否停用').default(false),
})
export type Reviewer = z.infer<typeof ReviewerSchema>

/** One reviewer's score for one item of one unit; a reason wherever it differs from the self score. */
export const ReviewerScoreSchema = z.object({
  unitId: id('单位编号'),
  reviewerId: id('评分人编号'),
  itemCode: id('指标编号'),
  score: points('审核得分'),
  reason: text('评分理由'),
})
export type ReviewerScore = z.infer<typeof ReviewerScoreSchema>

/** 复核 (第十五条(三)): a signed change to one item (itemCode) or to the total (null). */
export const AdjustmentSchema = z.object({
  id: id('调整编号'),
  unitId: id('单位编号'),
  itemCode: id('指标编号').nullable(),
  delta: signedPoints('调整分值').refine((d) => d !== 0, { error: '调整分值：不能为 0' }),
  reason: requiredText('调整理由'),
  /** 日常监管 record that justifies the change. */
  supervisionRef: text('日常监管依据'),
  at: isoTime('调整时间'),
  by: requiredText('调整人'),
  removed: flag('是否撤销').default(false),
})
export type Adjustment = z.infer<typeof AdjustmentSchema>

/** Seed 004 第二十一条: the four ways a problem is named, and what each costs. */
export const LEDGER_KINDS = [
  'nationalFilmTypical',
  'centralInspectionTypical',
  'nationalFilmGeneral',
  'provincialInspectionTypical',
] as const
export type LedgerKind = (typeof LEDGER_KINDS)[number]
export const LEDGER_KIND_INFO: Record<LedgerKind, { label: string; points: number }> = {
  nationalFilmTypical: { label: '国家长江经济带生态环境警示片典型案例', points: 1000 },
  centralInspectionTypical: { label: '中央生态环保督察通报典型案例', points: 1000 },
  nationalFilmGeneral: { label: '国家长江经济带生态环境警示片一般问题', points: 500 },
  provincialInspectionTypical: { label: '省生态环境保护督察通报典型案例', points: 500 },
}

export const LedgerEntrySchema = z.object({
  id: id('台账编号'),
  unitId: id('单位编号'),
  kind: oneOf('问题类别', LEDGER_KINDS),
  description: requiredText('问题描述'),
  /**
   * When the problem was named (the 通报 or 警示片's date) and by which document: entries
   * imported from the ledger workbook carry both; earlier ones, typed in, have neither.
   */
  date: calendarDate('通报日期').optional(),
  source: text('来源文件').optional(),
  /**
   * The entry's row in the ledger workbook it was imported from (1-based, as Excel shows it):
   * the entries of one import share one time, so this keeps them in the file's order.
   */
  fileRow: z
    .number({ error: '文件行号：应为数字' })
    .int({ error: '文件行号：应为正整数' })
    .min(1, { error: '文件行号：应为正整数' })
    .optional()
    .describe('文件行号'),
  at: isoTime('登记时间'),
  by: requiredText('登记人'),
  removed: flag('是否撤销').default(false),
})
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>

/**
 * The order the ledger is listed and printed in: by the time each entry was recorded, the
 * entries of one imported file by their row in it; the id settles anything left, so the order
 * never depends on how the store happened to return the rows.
 */
export function compareLedgerEntries(
  a: Pick<LedgerEntry, 'at' | 'fileRow' | 'id'>,
  b: Pick<LedgerEntry, 'at' | 'fileRow' | 'id'>,
): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1
  const rows = (a.fileRow ?? 0) - (b.fileRow ?? 0)
  if (rows !== 0) return rows
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
