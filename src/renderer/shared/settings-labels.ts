import { SEQUENCE_LABELS, advancedCountFor, type Sequence, type YearSettings } from '../../domain'

/** The year settings' choices and fields in the office's words. */
export const ROUNDING_LABELS: Record<YearSettings['advancedRounding'], string> = {
  floor: '向下取整（默认）',
  round: '四舍五入',
  ceil: '向上取整',
}

/**
 * What the rounding means for this year's roster, in figures the office can check against its
 * list: `今年乡镇（街道）和园区 14 个单位，先进名额 4 个；县级部门 20 个单位，先进名额 6 个`.
 */
export function quotaInWords(
  counts: Readonly<Record<Sequence, number>>,
  rounding: YearSettings['advancedRounding'],
): string {
  const parts = (Object.keys(SEQUENCE_LABELS) as Sequence[]).map((seq) => {
    const n = counts[seq]
    if (n === 0) return `${SEQUENCE_LABELS[seq]}还没有单位`
    return `${SEQUENCE_LABELS[seq]} ${n} 个单位，先进名额 ${advancedCountFor(n, rounding)} 个`
  })
  return `今年${parts.join('；')}`
}

export const BOUNDARY_TIE_LABELS: Record<YearSettings['boundaryTies'], string> = {
  allIn: '并列单位全部计入（默认）',
  allOut: '并列单位全部不计入',
}

export const SETTING_LABELS: Record<keyof YearSettings, string> = {
  countyName: '县名',
  partyOffice: '县委办公室名称',
  governmentOffice: '县政府办公室名称',
  aggregation: '评分汇总方式',
  advancedRounding: '先进名额取整方式',
  advancedPassOn: '先进名额顺延',
  vetoedLast: '否决单位排在最后',
  boundaryTies: '临界并列处理',
  tieBreakByCategories: '按一级指标得分区分并列',
  ledgerDeducted: '问题台账扣减总分',
  disagreementThreshold: '评分分歧提示阈值',
  targetLine: '目标任务完成分数线',
  returnDeadline: '报回截止日期',
  returnContact: '报回联系人及电话',
}

/** Labels of the settings that differ, for the notification and the history. */
export function changedSettings(a: YearSettings, b: YearSettings): string[] {
  return (Object.keys(SETTING_LABELS) as (keyof YearSettings)[])
    .filter((k) => a[k] !== b[k])
    .map((k) => SETTING_LABELS[k])
}
