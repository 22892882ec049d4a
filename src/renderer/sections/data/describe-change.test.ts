import { describe, expect, it } from 'vitest'
import { actionLabel, describeChange, entityLabel } from './describe-change'
import type { HistoryRow } from '../../../db'

const row = (over: Partial<HistoryRow>): HistoryRow => ({
  yearId: 'y',
  at: '2026-03-01T00:00:00Z',
  who: '王芳',
  entity: 'unit',
  entityId: 'u1',
  action: 'edit',
  oldValue: null,
  newValue: null,
  reason: '',
  prevHash: '',
  hash: '',
  ...over,
})

describe('describeChange', () => {
  it('names the record and the fields an edit changed, in Chinese', () => {
    const r = row({
      oldValue: { name: '白云乡', data: { contact: 'a' }, retired: false },
      newValue: { name: '白云镇', data: { contact: 'b' }, retired: false },
    })
    expect(describeChange(r, new Map())).toBe('白云镇；改动：名称、单位信息')
  })

  it('names changed year settings in Chinese, never by their code', () => {
    const r = row({
      entity: 'settings',
      oldValue: { advancedPassOn: false, targetLine: 6000, futureOption: 1 },
      newValue: { advancedPassOn: true, targetLine: 6000, futureOption: 2 },
    })
    expect(describeChange(r, new Map())).toBe('改动：先进名额顺延、其他')
  })

  it('falls back to the current name for entries that store only a flag', () => {
    const r = row({ action: 'retire', oldValue: { retired: false }, newValue: { retired: true } })
    expect(describeChange(r, new Map([['u1', '青山镇']]))).toBe('青山镇')
    expect(describeChange(r, new Map())).toBe('')
  })

  it('labels known entities and actions, and unknown ones without English', () => {
    expect(entityLabel('unit')).toBe('单位')
    expect(actionLabel('retire')).toBe('撤销')
    expect(actionLabel('frobnicate')).toBe('其他修改')
    expect(entityLabel('widget')).toBe('其他记录')
    expect(actionLabel('restore-replace')).toBe('从数据包替换')
  })
})
