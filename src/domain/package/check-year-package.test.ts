import { describe, expect, it } from 'vitest'
import { checkYearPackage } from './check-year-package'
import { buildYear } from '../testing/build-year'

describe('checkYearPackage', () => {
  it('finds dangling references, scores over max or off step, missing reasons and duplicates', () => {
    const pkg = buildYear([
      { name: '青山镇', items: { '1.1': [400], '1.2': [350] } },
      { name: '青山镇', items: { '1.1': [400] } },
    ])
    pkg.scores.push({ unitId: 'u1', reviewerId: 'r1', itemCode: '1.3', score: 500, reason: '' })
    pkg.scores.push({ unitId: 'u9', reviewerId: 'r1', itemCode: '1.1', score: 100, reason: '' })
    pkg.scores.push({ unitId: 'u1', reviewerId: 'r7', itemCode: '1.1', score: 100, reason: '' })
    pkg.scores.push({ unitId: 'u1', reviewerId: 'r1', itemCode: '1.1', score: 400, reason: '' })
    pkg.ledger.push({
      id: 'l1',
      unitId: 'nobody',
      kind: 'nationalFilmGeneral',
      description: '问题',
      at: '2026-01-01T00:00:00.000Z',
      by: '甲',
      removed: false,
    })
    expect(checkYearPackage(pkg)).toEqual([
      '单位名册 第2项：单位名称“青山镇”重复',
      '审核评分 第2项（青山镇 · 1.2）：得分 3.50 不是扣分步长 1.00 分的整数倍',
      '审核评分 第2项（青山镇 · 1.2）：审核得分 3.50 与自评 4.00 不同，须写明理由',
      '审核评分 第4项（青山镇 · 1.3）：得分 5.00 超过满分 3.00',
      '审核评分 第4项（青山镇 · 1.3）：审核得分 5.00 与自评 3.00 不同，须写明理由',
      '审核评分 第5项（u9 · 1.1）：单位编号 u9 不在名册中',
      '审核评分 第6项（青山镇 · 1.1）：评分人 r7 不在评分人名单中',
      '审核评分 第6项（青山镇 · 1.1）：审核得分 1.00 与自评 4.00 不同，须写明理由',
      '审核评分 第7项（青山镇 · 1.1）：同一评分人对同一指标重复评分',
      '问题台账 第1项（nobody）：单位编号 nobody 不在名册中',
    ])
  })
})
