import { z } from 'zod'
import { requiredText, year, isoTime, points, text } from './fields'
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
/**
 * Raised whenever a package gains something a user made that an older build would drop in
 * silence (zod strips unknown fields): the older build then refuses the file and asks to be
 * upgraded instead. Older versions read as the current one, with what they lack left empty.
 *   1 → 2: `criteriaDrafts` (考评细则草稿) and the `selfChanged` marks of review scores.
 */
export const YEAR_PACKAGE_VERSION = 2
/** Every version this build reads. */
export const READABLE_YEAR_PACKAGE_VERSIONS = [1, 2] as const

/**
 * A review score a later self-assessment version overtook (审核评分's 自评已更新 mark): the
 * self score the reviewer saw (`from`), the one the new version has (`to`), that version, and
 * when it arrived. Cleared when the reviewer confirms or re-scores.
 */
export const SelfChangeSchema = z.object({
  from: points('评分时的自评得分').nullable(),
  to: points('更新后的自评得分').nullable(),
  version: z
    .number({ error: '自查版本：应为整数' })
    .int({ error: '自查版本：应为整数' })
    .min(2, { error: '自查版本：自评更新只能来自第 2 版及以后的自查材料' })
    .describe('自查版本'),
  at: isoTime('标记时间'),
})
export type SelfChange = z.infer<typeof SelfChangeSchema>

/** A review score as a package holds it: with its mark, when it has one. */
export const PackageScoreSchema = ReviewerScoreSchema.extend({
  selfChanged: SelfChangeSchema.optional(),
})
export type PackageScore = z.infer<typeof PackageScoreSchema>

/**
 * 考评细则 work in progress (草稿（未生效）): kept apart from the sheets in force, so nothing
 * scores, ranks or prints against it; it may not add up to 100 yet. One per sequence at most.
 */
export const CriteriaDraftSchema = z.object({
  sheet: CriteriaSheetSchema,
  savedAt: isoTime('草稿保存时间'),
  savedBy: text('草稿保存人'),
})
export type CriteriaDraft = z.infer<typeof CriteriaDraftSchema>

/**
 * A whole assessment year in one document: the backup/transfer format and the command line's
 * storage. Everything derived (totals, ranks, outcomes) is left out: it is recomputed.
 */
export const YearPackageSchema = z.object({
  format: z.literal(YEAR_PACKAGE_FORMAT, { error: `文件格式：不是考评通年度数据包` }),
  /** Read from any readable version, always the current one once read. */
  formatVersion: z
    .union(
      READABLE_YEAR_PACKAGE_VERSIONS.map((v) => z.literal(v)),
      {
        error: `格式版本：本程序只能读取第 ${READABLE_YEAR_PACKAGE_VERSIONS.join('、')} 版年度数据包`,
      },
    )
    .transform((): typeof YEAR_PACKAGE_VERSION => YEAR_PACKAGE_VERSION),
  year: year('考评年度'),
  title: requiredText('年度名称'),
  exportedAt: isoTime('导出时间'),
  settings: YearSettingsSchema,
  units: z.array(UnitSchema, { error: '单位名册：应为列表' }),
  criteria: z.object({ township: CriteriaSheetSchema, department: CriteriaSheetSchema }),
  submissions: z.array(SubmissionSchema, { error: '自查材料：应为列表' }),
  reviewers: z.array(ReviewerSchema, { error: '评分人：应为列表' }),
  scores: z.array(PackageScoreSchema, { error: '审核评分：应为列表' }),
  adjustments: z.array(AdjustmentSchema, { error: '复核调整：应为列表' }),
  ledger: z.array(LedgerEntrySchema, { error: '问题台账：应为列表' }),
  approval: ApprovalSchema,
  history: z.array(HistoryEntrySchema, { error: '操作历史：应为列表' }),
  pastOutcomes: z.array(PastOutcomeSchema, { error: '往年考评结果：应为列表' }),
  /** This year's recorded 完成/未完成 per unit (第二十条); absent in packages made before it. */
  targetJudgements: z
    .array(TargetJudgementSchema, { error: '目标任务完成情况：应为列表' })
    .default([]),
  /** The criteria drafts, one per sequence at most; absent (none) in version 1 packages. */
  criteriaDrafts: z.array(CriteriaDraftSchema, { error: '考评细则草稿：应为列表' }).default([]),
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
