import { writeResultsWorkbook } from '../../excel'
import { CliError, type CliCommand } from '../command'
import { writeFileAtomic } from '../../node/write-atomic'
import { loadYearPackage } from '../load-package'

export const exportResultsCommand: CliCommand = {
  name: 'export-results',
  usage: 'export-results <package.json> <结果.xlsx>',
  summary: '导出考评结果：两个序列的排名、结果说明和逐项得分',
  async run(args) {
    const [pkgPath, out] = args
    const pkg = await loadYearPackage(pkgPath)
    if (!out)
      throw new CliError(
        '缺少参数：请给出输出文件，例如 npm run cli -- export-results 2026.json 结果.xlsx',
      )
    await writeFileAtomic(out, writeResultsWorkbook(pkg))
    console.log(`已导出考评结果：${out}`)
    return 0
  },
}
