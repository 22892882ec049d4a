import { createSampleYear, type YearPackage } from '../../src/domain'

/**
 * The sample year made harder for the layout: long unit names (a township and a department
 * of 16–17 characters), seven reviewers (the four added copy reviewer 1's scores and reasons,
 * so identical reasons must print once), and a unit whose ledger reached 30 points.
 */
export function longYear(): YearPackage {
  const pkg = createSampleYear()
  pkg.units.find((u) => u.id === 't01')!.name = '云溪县城东街道办事处城市社区综合服务中心'
  pkg.units.find((u) => u.id === 'd01')!.name = '县住房和城乡建设局城市管理综合行政执法大队'
  const extra = ['赵国强', '钱文静', '孙立新', '吴海燕'].map((name, i) => ({
    id: `r${i + 4}`,
    name,
    retired: false,
  }))
  pkg.reviewers.push(...extra)
  const first = pkg.scores.filter((s) => s.reviewerId === 'r1')
  for (const r of extra) pkg.scores.push(...first.map((s) => ({ ...s, reviewerId: r.id })))
  const ledgerUnit = pkg.ledger[0]!.unitId
  for (let i = 0; i < 2; i++)
    pkg.ledger.push({
      ...pkg.ledger[0]!,
      id: `extra-${i}`,
      unitId: ledgerUnit,
      kind: 'centralInspectionTypical',
      description: `中央生态环保督察通报的第${i + 1}个典型案例（虚构示例）`,
    })
  return pkg
}
