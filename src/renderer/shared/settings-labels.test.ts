import { describe, expect, it } from 'vitest'
import { changedSettings } from './settings-labels'
import { defaultYearSettings } from '../../domain'

describe('changedSettings', () => {
  it('names exactly the settings that differ', () => {
    const a = defaultYearSettings('青山县')
    expect(changedSettings(a, { ...a })).toEqual([])
    expect(changedSettings(a, { ...a, advancedPassOn: true, targetLine: 7000 })).toEqual([
      '先进名额顺延',
      '目标任务完成分数线',
    ])
  })
})
