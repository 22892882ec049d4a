import { readFile } from 'node:fs/promises'
import { checkYearPackage, computeResults, parseYearPackage, type YearPackage } from '../../domain'
import { CliError, type CliCommand } from '../command'

/** Reads and checks a year package file; any problem becomes a CliError in Chinese. */
export async function loadYearPackage(path: string | undefined): Promise<YearPackage> {
  if (!path)
    throw new CliError('缺少参数：请给出年度数据包文件，例如 npm run cli -- validate 2026.json')
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new CliError(
      code === 'ENOENT' ? `找不到文件：${path}` : `无法读取文件 ${path}（${code ?? '未知错误'}）`,
    )
  }
  const parsed = parseYearPackage(text)
  if (!parsed.ok) throw new CliError(`${path}：${parsed.error.message}`)
  return parsed.value
}

export const validateCommand: CliCommand = {
  name: 'validate',
  usage: 'validate <package.json>',
  summary: '检查年度数据包：校验值、格式、数据之间是否一致',
  async run(args) {
    const path = args[0]
    const pkg = await loadYearPackage(path)
    const problems = checkYearPackage(pkg)
    if (problems.length > 0) {
      throw new CliError(
        [`${path}：数据包有 ${problems.length} 处问题：`, ...problems.map((p) => `  · ${p}`)].join(
          '\n',
        ),
      )
    }
    const counts = `${pkg.units.length} 个单位，${pkg.reviewers.length} 名评分人，${pkg.scores.length} 条审核评分`
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
