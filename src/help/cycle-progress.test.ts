import { describe, expect, it } from 'vitest'
import { cycleProgress, type CycleFacts, type CycleUnit } from './cycle-progress'

const unit = (sequence: CycleUnit['sequence'], patch: Partial<CycleUnit> = {}): CycleUnit => ({
  sequence,
  templateIssued: false,
  submitted: false,
  itemsScored: 0,
  items: 20,
  ...patch,
})

const view = (facts: CycleFacts | null) =>
  cycleProgress(facts).map((s) => `${s.label}:${s.status}:${s.detail}`)

describe('cycleProgress', () => {
  it('on a fresh profile leads to the year first, with every later step still to do', () => {
    expect(view(null)).toEqual([
      '年度:next:先建立考评年度',
      '名册:todo:添加被考评单位',
      '细则:todo:两个序列各须合计 100 分',
      '下发模板:todo:先建名册',
      '导入自查:todo:先建名册',
      '审核评分:todo:先建名册',
      '复核:todo:没有要调整的可跳过',
      '排名:todo:核对先进和约谈单位',
      '审定:todo:县委、县政府审定后锁定',
      '文件:todo:生成通报、约谈名单等',
    ])
  })

  it('after a year from scratch (default criteria, empty roster) points at the roster', () => {
    const steps = cycleProgress({ units: [], criteriaReady: true, adjustments: 0, locked: false })
    expect(steps.map((s) => [s.id, s.status, s.section])).toEqual([
      ['year', 'done', 'year'],
      ['roster', 'next', 'units'],
      ['criteria', 'done', 'criteria'],
      ['templates', 'todo', 'submissions'],
      ['import', 'todo', 'submissions'],
      ['scoring', 'todo', 'review'],
      ['recheck', 'todo', 'recheck'],
      ['ranking', 'todo', 'ranking'],
      ['approval', 'todo', 'ranking'],
      ['documents', 'todo', 'documents'],
    ])
  })

  it('keeps the roster next while one sequence has no unit, and says which', () => {
    const steps = cycleProgress({
      units: [unit('township'), unit('township')],
      criteriaReady: true,
      adjustments: 0,
      locked: false,
    })
    expect(steps[1]).toMatchObject({ status: 'next', detail: '县级部门序列还没有单位' })
  })

  it('counts templates issued and files returned per unit', () => {
    const facts: CycleFacts = {
      units: [
        unit('township', { templateIssued: true, submitted: true }),
        unit('township', { templateIssued: true }),
        unit('department', { templateIssued: true }),
      ],
      criteriaReady: true,
      adjustments: 0,
      locked: false,
    }
    expect(view(facts).slice(1, 6)).toEqual([
      '名册:done:3 个单位',
      '细则:done:两个序列各 100 分',
      '下发模板:done:已下发 3/3',
      '导入自查:next:已回收 1/3',
      '审核评分:todo:已评完 0/3 个单位',
    ])
  })

  it('once every unit is scored, 复核 is optional and the ranking is next', () => {
    const units = [
      unit('township', { templateIssued: true, submitted: true, itemsScored: 20 }),
      unit('department', { templateIssued: true, submitted: true, itemsScored: 20 }),
    ]
    const steps = cycleProgress({ units, criteriaReady: true, adjustments: 0, locked: false })
    expect(steps.slice(5).map((s) => `${s.label}:${s.status}`)).toEqual([
      '审核评分:done',
      '复核:optional',
      '排名:next',
      '审定:todo',
      '文件:todo',
    ])
    const adjusted = cycleProgress({ units, criteriaReady: true, adjustments: 2, locked: false })
    expect(adjusted[6]).toMatchObject({ status: 'done', detail: '已记录 2 项调整' })
  })

  it('a unit with one item unscored keeps scoring next', () => {
    const steps = cycleProgress({
      units: [
        unit('township', { submitted: true, itemsScored: 20 }),
        unit('department', { submitted: true, itemsScored: 19 }),
      ],
      criteriaReady: true,
      adjustments: 0,
      locked: false,
    })
    expect(steps[5]).toMatchObject({ status: 'next', detail: '已评完 1/2 个单位' })
    expect(steps[6]!.status).toBe('todo')
  })

  it('after 审定 only the documents remain, and they are never claimed done', () => {
    const units = [
      unit('township', { templateIssued: true, submitted: true, itemsScored: 20 }),
      unit('department', { templateIssued: true, submitted: true, itemsScored: 20 }),
    ]
    const steps = cycleProgress({ units, criteriaReady: true, adjustments: 0, locked: true })
    expect(steps.filter((s) => s.status !== 'done').map((s) => `${s.id}:${s.status}`)).toEqual([
      'documents:next',
    ])
    expect(steps[8]!.detail).toBe('已审定锁定')
  })

  it('invalid criteria keep the criteria step next even with a roster', () => {
    const steps = cycleProgress({
      units: [unit('township'), unit('department')],
      criteriaReady: false,
      adjustments: 0,
      locked: false,
    })
    expect(steps.filter((s) => s.status === 'next').map((s) => s.id)).toEqual(['criteria'])
  })
})
