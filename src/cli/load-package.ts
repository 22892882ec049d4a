import { readFile } from 'node:fs/promises'
import { checkYearPackage, parseYearPackage, type YearPackage } from '../domain'
import { CliError } from './command'

/** How many problems a refusal prints; the first line always gives the true count. */
const SHOWN = 50

/** Reads and parses a year package file (checksum, format, history); refusals in Chinese. */
export async function readYearPackage(path: string | undefined): Promise<YearPackage> {
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

/** validate's report of a package's problems: the true count first, then the first SHOWN. */
export function problemReport(path: string, problems: readonly string[]): string {
  const shown = problems.slice(0, SHOWN).map((p) => `  · ${p}`)
  if (problems.length > SHOWN) shown.push(`  ……另有 ${problems.length - SHOWN} 处问题`)
  return [`${path}：数据包有 ${problems.length} 处问题：`, ...shown].join('\n')
}

/**
 * A package every command may work on: what `validate` refuses, every command refuses, with
 * the same report. Before, `rank` ranked a 90 on a 30-point item (capped in silence), merged
 * two units of one id and ignored scores for units or items that do not exist.
 */
export async function loadYearPackage(path: string | undefined): Promise<YearPackage> {
  const pkg = await readYearPackage(path)
  const problems = checkYearPackage(pkg)
  if (problems.length > 0) {
    throw new CliError(
      `${problemReport(path!, problems)}\n未做任何处理：请先修正上述问题（validate 命令列出同样的问题）。`,
    )
  }
  return pkg
}
