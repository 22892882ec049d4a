import { checkYearPackage, computeResults } from '../../domain'
import { CliError, type CliCommand } from '../command'
import { problemReport, readYearPackage } from '../load-package'

// documents.ts still imports the checked reader from here (another branch moves its writes).
export { loadYearPackage } from '../load-package'

export const validateCommand: CliCommand = {
  name: 'validate',
  usage: 'validate <package.json>',
  summary: '检查年度数据包：校验值、格式、数据之间是否一致',
  async run(args) {
    const path = args[0]
    const pkg = await readYearPackage(path)
    const problems = checkYearPackage(pkg)
    if (problems.length > 0) throw new CliError(problemReport(path!, problems))
    const marked = pkg.scores.filter((x) => x.selfChanged).length
    const counts =
      `${pkg.units.length} 个单位，${pkg.reviewers.length} 名评分人，${pkg.scores.length} 条审核评分` +
      `（自评已更新待确认 ${marked} 条），考评细则草稿 ${pkg.criteriaDrafts.length} 份`
    console.log(
      `${path}：数据包有效（${pkg.year} 年度，${counts}，操作历史 ${pkg.history.length} 条完整）。`,
    )
    const findings = computeResults(pkg).sequences.flatMap((s) =>
      s.findings.map((f) => `  · ${s.label}：${f}`),
    )
    if (findings.length > 0) console.log(['请留意：', ...findings].join('\n'))
    return 0
  },
}
