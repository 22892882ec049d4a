import { describe, expect, it } from 'vitest'
import { aggregateItem, tallyOf } from './aggregate'

const agg = (scores: number[], rule: 'agreed' | 'mean' | 'trimmedMean') =>
  aggregateItem(tallyOf(scores), rule)

describe('aggregateItem', () => {
  it('mean of 0.1 and 0.2 style hundredths is exact', () => {
    expect(agg([10, 20], 'mean').score).toBe(15)
    expect(10 + 20).toBe(30)
  })
  it('mean rounds half up to hundredths', () => {
    expect(agg([800, 801], 'mean').score).toBe(801) // 8.005 → 8.01
    expect(agg([800, 800, 801], 'mean').score).toBe(800) // 8.0033 → 8.00
    expect(agg([800, 801, 801], 'mean').score).toBe(801) // 8.0067 → 8.01
  })
  it('trimmed mean drops one highest and one lowest from 5 reviewers', () => {
    expect(agg([100, 800, 800, 900, 1000], 'trimmedMean')).toEqual({ score: 833, note: null })
  })
  it('trimmed mean with 4 reviewers falls back to the mean, with a note', () => {
    expect(agg([100, 800, 900, 1000], 'trimmedMean')).toEqual({ score: 700, note: 'tooFewForTrim' })
  })
  it('agreed score is the common score; disagreement is noted and averaged', () => {
    expect(agg([750, 750, 750], 'agreed')).toEqual({ score: 750, note: null })
    expect(agg([700, 800], 'agreed')).toEqual({ score: 750, note: 'notAgreed' })
  })
  it('an unscored item counts 0 with a note', () => {
    expect(agg([], 'mean')).toEqual({ score: 0, note: 'unscored' })
  })
})
