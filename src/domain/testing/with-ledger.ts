import type { YearPackage } from '../model/year-package'

/**
 * Adds `count` ledger entries of 10 分 each (国家长江经济带生态环境警示片典型案例) to the named unit,
 * for tests of the ledger thresholds (10 / 20 / 30 分) on the sample year. Returns the package.
 */
export function withLedger(pkg: YearPackage, unitName: string, count: number): YearPackage {
  const unit = pkg.units.find((u) => u.name === unitName)
  if (!unit) throw new Error(`样例中没有单位 ${unitName}`)
  for (let i = 0; i < count; i++)
    pkg.ledger.push({
      id: `t-${unit.id}-${i}`,
      unitId: unit.id,
      kind: 'nationalFilmTypical',
      description: `测试问题${i + 1}`,
      at: '2026-06-01T00:00:00.000Z',
      by: '测试',
      removed: false,
    })
  return pkg
}
