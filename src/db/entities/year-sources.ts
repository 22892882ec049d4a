/**
 * The three ways to start a year (issue 4, item 3): from scratch (default settings and the
 * default criteria of 第九条/第十条, empty roster), from the previous year (years.ts), or from
 * the domain's sample county — a full year with submissions and scores, for training and demos.
 */
import {
  createSampleYear,
  defaultDepartmentCriteria,
  defaultTownshipCriteria,
  defaultYearSettings,
} from '../../domain'
import { newId } from '../core/ids'
import { packageToYearData } from '../transfer/package-mapping'
import { restoreYearAsNew } from '../transfer/restore'
import type { YearRow } from '../core/rows'
import type { Session } from '../core/session'
import { createYear } from './years'

export interface ScratchYearInput {
  year: number
  countyName: string
}

export async function createYearFromScratch(s: Session, input: ScratchYearInput): Promise<YearRow> {
  const countyName = input.countyName.trim() || 'XX县'
  return createYear(
    s,
    {
      year: input.year,
      settings: defaultYearSettings(countyName),
    },
    { units: [], criteria: [defaultTownshipCriteria(), defaultDepartmentCriteria()] },
    'scratch',
  )
}

/** The sample county's year, with its units, submissions, scores and history. */
export async function createYearFromSample(s: Session): Promise<YearRow> {
  // Dated no later than today: a sample made in December shows no January adjustments.
  const today = s.now ? s.now() : new Date()
  return restoreYearAsNew(s, packageToYearData(createSampleYear(today), newId('year')), 'sample')
}
