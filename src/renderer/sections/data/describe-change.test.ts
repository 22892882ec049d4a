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
    expect(describeChange(r, new Map())).toBe('改动：先进名额顺延：否 → 是、其他')
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

  const names = new Map([
    ['u1', '青山镇'],
    ['r1', '张三'],
  ])

  it('says unit, reviewer, item, old → new and reason for a score', () => {
    const r = row({
      entity: 'score',
      entityId: 'u1|r1|1.1',
      action: 'change',
      oldValue: { score: 400, reason: '' },
      newValue: { score: 350, reason: '资料不全' },
    })
    expect(describeChange(r, names)).toBe('青山镇 · 张三 · 1.1：4.00 → 3.50（资料不全）')
    const first = { ...r, action: 'set', oldValue: null, newValue: { score: 300, reason: '' } }
    expect(describeChange(first, names)).toBe('青山镇 · 张三 · 1.1：未评 → 3.00')
    const confirmed = {
      ...r,
      action: 'confirm-self',
      oldValue: { score: 400, reason: '', selfChanged: { from: 400, to: 300, version: 2 } },
      newValue: { score: 400, reason: '' },
    }
    expect(describeChange(confirmed, names)).toBe(
      '青山镇 · 张三 · 1.1：维持 4.00（自评 4.00 → 3.00）',
    )
    expect(actionLabel('confirm-self')).toBe('确认自评更新')
  })

  it('says unit, item and signed points of an adjustment, and when it was withdrawn', () => {
    const adj = { unitId: 'u1', itemCode: '2.2', delta: -100, supervisionRef: '云环督〔2026〕15号' }
    const added = row({ entity: 'adjustment', entityId: 'a1', action: 'add', newValue: adj })
    expect(describeChange(added, names)).toBe('青山镇 · 指标 2.2：-1.00 分（云环督〔2026〕15号）')
    const removed = row({
      entity: 'adjustment',
      action: 'remove',
      oldValue: adj,
      newValue: { ...adj, removed: true },
    })
    expect(describeChange(removed, names)).toBe(
      '青山镇 · 指标 2.2：-1.00 分（云环督〔2026〕15号），已撤销',
    )
    const whole = row({
      entity: 'adjustment',
      action: 'add',
      newValue: { unitId: 'u1', itemCode: null, delta: 50 },
    })
    expect(describeChange(whole, names)).toBe('青山镇 · 总分：+0.50 分')
  })

  it('says unit, problem and its cost for a ledger entry', () => {
    const r = row({
      entity: 'ledger',
      action: 'add',
      newValue: { unitId: 'u1', kind: 'nationalFilmGeneral', description: '违规养殖' },
    })
    expect(describeChange(r, names)).toBe(
      '青山镇 · 违规养殖（国家长江经济带生态环境警示片一般问题，扣 5.00 分）',
    )
  })

  it('says which sheet and which versions for a criteria save', () => {
    const sheet = (n: number) => ({
      categories: [{ items: Array.from({ length: n }, () => ({})) }],
    })
    const r = row({
      entity: 'criteria',
      entityId: 'township',
      action: 'new-version',
      oldValue: { version: 1, sheet: sheet(20) },
      newValue: { version: 2, sheet: sheet(21) },
    })
    expect(describeChange(r, names)).toBe(
      '乡镇（街道）和园区考评细则 第 1 版（20 项） → 第 2 版（21 项）',
    )
    expect(actionLabel('new-version')).toBe('生成新版本')
  })

  it('says which unit and file for a submission, and why a file was refused', () => {
    const imported = row({
      entity: 'submission',
      action: 're-import',
      oldValue: { version: 1, fileName: 'a.xlsx' },
      newValue: { version: 2, fileName: '青山镇.xlsx' },
    })
    expect(describeChange(imported, names)).toBe('青山镇：第 1 版 → 第 2 版（青山镇.xlsx）')
    const overtaking = { ...imported, newValue: { version: 2, fileName: '青山镇.xlsx', marked: 2 } }
    expect(describeChange(overtaking, names)).toBe(
      '青山镇：第 1 版 → 第 2 版（青山镇.xlsx）；2 项评分待评分人确认',
    )
    const refused = row({
      entity: 'submission',
      action: 'refused',
      newValue: { fileName: '青山镇.xlsx', messages: ['D7: 得分 12 超过满分 4'] },
    })
    expect(describeChange(refused, names)).toBe(
      '青山镇：“青山镇.xlsx”未导入（D7: 得分 12 超过满分 4），状态为有问题',
    )
  })
})
