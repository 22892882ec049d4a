import { createSampleYear, serializeYearPackage } from '../../domain'
import { writeFileAtomic } from '../../node/write-atomic'
import { CliError, type CliCommand } from '../command'

export const sampleCommand: CliCommand = {
  name: 'sample',
  usage: 'sample <package.json>',
  summary: '写出样例年度数据包（虚构的云溪县，每次相同）',
  async run(args) {
    const path = args[0]
    if (!path)
      throw new CliError('缺少参数：请给出要写入的文件，例如 npm run cli -- sample 样例.json')
    const pkg = createSampleYear()
    await writeFileAtomic(path, serializeYearPackage(pkg))
    console.log(
      `已写入样例年度数据包：${path}（${pkg.settings.countyName} ${pkg.year} 年度，${pkg.units.length} 个单位）。`,
    )
    return 0
  },
}
