import type { YearContents, YearRow } from '../../../db'

/**
 * What a new year starts with, by method. `previous` is copied by the store itself; `sample`
 * and `scratch` come from the domain core (its sample county, its default settings and default
 * criteria), which is not in the repository yet: until it is, those two methods are offered
 * as unavailable rather than faked.
 */
export type NewYearMethod = 'sample' | 'previous' | 'scratch'

export const METHOD_AVAILABLE: Record<NewYearMethod, boolean> = {
  sample: false,
  previous: true,
  scratch: false,
}

export function newYearContents(
  method: Exclude<NewYearMethod, 'previous'>,
  _year: number,
): { settings: YearRow['settings']; contents: YearContents } {
  throw new Error(
    `“${method === 'sample' ? '从示例年度开始' : '从零新建'}”尚不可用：领域核心未就绪。`,
  )
}
