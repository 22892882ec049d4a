import { z } from 'zod'
import { flag, oneOf, points, requiredText } from './fields'

/** How the item score is formed from several reviewers (第十五条(二)). */
export const AGGREGATIONS = ['agreed', 'mean', 'trimmedMean'] as const
export const AGGREGATION_LABELS = {
  agreed: '考评组一致意见',
  mean: '平均分',
  trimmedMean: '去掉一个最高分和一个最低分后的平均分',
} as const

/** How ⌊n/3⌋ (第十七条 前三分之一) is rounded when n is not a multiple of 3. */
export const ROUNDINGS = ['floor', 'round', 'ceil'] as const

/** Units tied across a boundary (先进线, 约谈线): all in (default) or all out. */
export const BOUNDARY_TIES = ['allIn', 'allOut'] as const

export const YearSettingsSchema = z.object({
  countyName: requiredText('县名'),
  /** 发文机关: the notice is issued jointly by these two offices (第十六条). */
  partyOffice: requiredText('县委办公室名称'),
  governmentOffice: requiredText('县政府办公室名称'),
  aggregation: oneOf('评分汇总方式', AGGREGATIONS).default('mean'),
  advancedRounding: oneOf('先进名额取整方式', ROUNDINGS).default('floor'),
  /** 顺延: a vetoed unit's 先进 place passes to the next unit. Default no. */
  advancedPassOn: flag('先进名额是否顺延').default(false),
  /** Vetoed units listed after all others (and so in the bottom three). Default no. */
  vetoedLast: flag('否决单位是否排在最后').default(false),
  boundaryTies: oneOf('临界并列处理', BOUNDARY_TIES).default('allIn'),
  /** Break ties of the rounded total by category subtotals in sheet order. Default no. */
  tieBreakByCategories: flag('是否按一级指标得分决定并列').default(false),
  /** Whether the problem ledger (seed 004) is deducted from the 100-point total. */
  ledgerDeducted: flag('问题台账是否扣减总分').default(false),
  /** Reviewers this far apart or more on one item are flagged (hundredths; isDisagreement). */
  disagreementThreshold: points('评分分歧提示阈值').default(200),
  /**
   * Below this final score (or under veto) the year's targets count as not completed,
   * for 第二十条 (three years running → 问责).
   */
  targetLine: points('目标任务完成分数线').default(6000),
  /** 报回截止日期 (YYYY-MM-DD), printed in the templates' 填写说明 and the 填表说明. */
  returnDeadline: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '报回截止日期格式应为 2027-01-15')
    .optional(),
  /** 报回联系人及电话, e.g. 县生态环境局 张三 0871-1234567. */
  returnContact: z.string().max(100).optional(),
})
export type YearSettings = z.infer<typeof YearSettingsSchema>
export type YearSettingsInput = z.input<typeof YearSettingsSchema>
export type Aggregation = YearSettings['aggregation']
export type Rounding = YearSettings['advancedRounding']

/** A new year's settings: every rule at the default the SPEC names. */
export function defaultYearSettings(countyName = 'XX县'): YearSettings {
  return YearSettingsSchema.parse({
    countyName,
    partyOffice: `中共${countyName}委办公室`,
    governmentOffice: `${countyName}人民政府办公室`,
  })
}
