import type { YearContents, YearRow } from '../../../db'

/**
 * What a new year starts with, by method. `previous` is copied by the store itself. `sample`
 * comes from the domain core's sample county, which is not in the repository yet: until it is,
 * that method is offered as unavailable rather than faked. `scratch` starts empty: no units and
 * no criteria (the 考评细则 page then starts each sequence's sheet).
 */
export type NewYearMethod = 'sample' | 'previous' | 'scratch'

export const METHOD_AVAILABLE: Record<NewYearMethod, boolean> = {
  sample: false,
  previous: true,
  scratch: true,
}

export function newYearContents(
  method: Exclude<NewYearMethod, 'previous'>,
  _year: number,
): { settings: YearRow['settings']; contents: YearContents } {
  if (method === 'sample') throw new Error('“从示例年度开始”尚不可用：领域核心未就绪。')
  return { settings: {}, contents: { units: [], criteria: [] } }
}
