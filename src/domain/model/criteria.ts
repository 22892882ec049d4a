import { z } from 'zod'
import { id, points, requiredText, text } from './fields'
import { SequenceSchema } from './unit'

export const CriteriaItemSchema = z.object({
  /** e.g. 'T1.2'; unique within the sheet, the key of every score. */
  code: id('指标编号'),
  /** 考评内容 */
  title: requiredText('考评内容'),
  /** 满分, in hundredths. */
  max: points('满分'),
  /** 评分标准 */
  standard: text('评分标准'),
  /**
   * Deduction step in hundredths (每少一次扣1分 → 100); scores must then be multiples of it.
   * Absent: any two-decimal score.
   */
  step: points('扣分步长').optional(),
})
export type CriteriaItem = z.infer<typeof CriteriaItemSchema>

export const CriteriaCategorySchema = z.object({
  /** 一级指标, e.g. 加强组织领导情况 */
  title: requiredText('一级指标'),
  items: z.array(CriteriaItemSchema, { error: '考评内容：应为列表' }),
})
export type CriteriaCategory = z.infer<typeof CriteriaCategorySchema>

/** 一票否决情形 (第九条(三)). */
export const VetoConditionSchema = z.object({
  code: id('否决情形编号'),
  text: requiredText('否决情形'),
})
export type VetoCondition = z.infer<typeof VetoConditionSchema>

/** One 百分制 sheet per sequence per year (第十一条); checked in full by validateCriteria. */
export const CriteriaSheetSchema = z.object({
  sequence: SequenceSchema,
  /** Raised on each saved change, so submissions can say which version they answered. */
  version: z.number({ error: '细则版本：应为整数' }).int({ error: '细则版本：应为整数' }).min(1, {
    error: '细则版本：至少为 1',
  }),
  title: text('细则名称'),
  categories: z.array(CriteriaCategorySchema, { error: '一级指标：应为列表' }),
  vetoes: z.array(VetoConditionSchema, { error: '否决情形：应为列表' }),
})
export type CriteriaSheet = z.infer<typeof CriteriaSheetSchema>
