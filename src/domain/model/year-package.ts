import { z } from 'zod'
import { requiredText, year, isoTime } from './fields'
import { YearSettingsSchema } from './settings'
import { UnitSchema } from './unit'
import { CriteriaSheetSchema } from './criteria'
import {
  AdjustmentSchema,
  LedgerEntrySchema,
  ReviewerSchema,
  ReviewerScoreSchema,
  SubmissionSchema,
} from './assessment'
import {
  ApprovalSchema,
  HistoryEntrySchema,
  PastOutcomeSchema,
  TargetJudgementSchema,
} from './record'

export const YEAR_PACKAGE_FORMAT = 'kaopingtong-year'
/** Raised on every incompatible change; older packages go through an upgrade chain. */
export const YEAR_PACKAGE_VERSION = 1

/**
 * A whole assessment year in one document: the backup/transfer format and the command line's
 * storage. Everything derived (totals, ranks, outcomes) is left out: it is recomputed.
 */
export const YearPackageSchema = z.object({
  format: z.literal(YEAR_PACKAGE_FORMAT, { error: `文件格式：不是考评通年度数据包` }),
  formatVersion: z.literal(YEAR_PACKAGE_VERSION, {
    error: `格式版本：本程序只能读取第 ${YEAR_PACKAGE_VERSION} 版年度数据包`,
  }),
  year: year('考评年度'),
  title: requiredText('年度名称'),
  exportedAt: isoTime('导出时间'),
  settings: YearSettingsSchema,
  units: z.array(UnitSchema, { error: '单位名册：应为列表' }),
  criteria: z.object({ township: CriteriaSheetSchema, department: CriteriaSheetSchema }),
  submissions: z.array(SubmissionSchema, { error: '自查材料：应为列表' }),
  reviewers: z.array(ReviewerSchema, { error: '评分人：应为列表' }),
  scores: z.array(ReviewerScoreSchema, { error: '审核评分：应为列表' }),
  adjustments: z.array(AdjustmentSchema, { error: '复核调整：应为列表' }),
  ledger: z.array(LedgerEntrySchema, { error: '问题台账：应为列表' }),
  approval: ApprovalSchema,
  history: z.array(HistoryEntrySchema, { error: '操作历史：应为列表' }),
  pastOutcomes: z.array(PastOutcomeSchema, { error: '往年考评结果：应为列表' }),
  /** This year's recorded 完成/未完成 per unit (第二十条); absent in packages made before it. */
  targetJudgements: z
    .array(TargetJudgementSchema, { error: '目标任务完成情况：应为列表' })
    .default([]),
})
export type YearPackage = z.infer<typeof YearPackageSchema>
export type YearPackageInput = z.input<typeof YearPackageSchema>

/** The file on disk: the package plus a SHA-256 over its canonical serialisation. */
export const YearPackageFileSchema = YearPackageSchema.extend({
  checksum: z.object({
    algorithm: z.literal('SHA-256', { error: '校验算法：应为 SHA-256' }),
    value: z.string({ error: '校验值：必填' }).regex(/^[0-9a-f]{64}$/, {
      error: '校验值：应为 64 位十六进制',
    }),
  }),
})
export type YearPackageFile = z.infer<typeof YearPackageFileSchema>
