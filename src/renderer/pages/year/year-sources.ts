import type { YearContents, YearRow } from '../../../db'
import {
  defaultDepartmentCriteria,
  defaultTownshipCriteria,
  defaultYearSettings,
} from '../../../domain'

/**
 * What a new year starts with, by method. `previous` is copied by the store itself. `scratch`
 * starts with the default settings and the default criteria of both sequences (第九条、第十条)
 * and an empty roster. `sample` needs the domain core's sample county, which is not in the
 * repository yet: until it is, that method is offered as unavailable rather than faked.
 */
export type NewYearMethod = 'sample' | 'previous' | 'scratch'

export const METHOD_AVAILABLE: Record<NewYearMethod, boolean> = {
  sample: false,
  previous: true,
  scratch: true,
}

export function newYearContents(
  method: Exclude<NewYearMethod, 'previous'>,
  countyName: string,
): { settings: YearRow['settings']; contents: YearContents } {
  if (method === 'sample') throw new Error('“从示例年度开始”尚不可用：示例数据未就绪。')
  return {
    settings: defaultYearSettings(countyName),
    contents: {
      units: [],
      criteria: [defaultTownshipCriteria(), defaultDepartmentCriteria()],
    },
  }
}
