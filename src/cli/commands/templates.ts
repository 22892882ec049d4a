import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { unitFileName, writeReviewerSheet, writeSelfAssessmentTemplate } from '../../excel'
import { CliError, type CliCommand } from '../command'
import { writeFileAtomic } from '../../node/write-atomic'
import { loadYearPackage } from '../load-package'

export const templatesCommand: CliCommand = {
  name: 'templates',
  usage: 'templates <package.json> <目录>',
  summary: '为每个单位写出自查表模板，为每位评分人写出审核评分表',
  async run(args) {
    const [pkgPath, dir] = args
    const pkg = await loadYearPackage(pkgPath)
    if (!dir)
      throw new CliError('缺少参数：请给出输出目录，例如 npm run cli -- templates 2026.json 模板')
    const selfDir = join(dir, '自查表')
    const reviewDir = join(dir, '审核评分表')
    await mkdir(selfDir, { recursive: true })
    await mkdir(reviewDir, { recursive: true })
    const units = pkg.units.filter((u) => !u.retired)
    for (const unit of units) {
      await writeFileAtomic(
        join(selfDir, unitFileName(unit)),
        writeSelfAssessmentTemplate(pkg, unit),
      )
    }
    const reviewers = pkg.reviewers.filter((r) => !r.retired)
    for (const reviewer of reviewers) {
      await writeFileAtomic(
        join(reviewDir, unitFileName({ name: reviewer.name }, '-审核评分表')),
        writeReviewerSheet(pkg, reviewer),
      )
    }
    console.log(
      `已写出 ${units.length} 份自查表模板（${selfDir}）和 ${reviewers.length} 份审核评分表（${reviewDir}）。`,
    )
    return 0
  },
}
