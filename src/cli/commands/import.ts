import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { serializeYearPackage } from '../../domain'
import {
  detectTemplateKind,
  formatProblem,
  importReviewerSheets,
  importSelfAssessments,
} from '../../excel'
import { CliError, type CliCommand } from '../command'
import { writeFileAtomic } from '../../node/write-atomic'
import { loadYearPackage } from '../load-package'

export const importCommand: CliCommand = {
  name: 'import',
  usage: 'import <package.json> <文件.xlsx…>',
  summary: '批量导入报回的自查表和审核评分表；坏文件不影响好文件',
  async run(args) {
    const [pkgPath, ...paths] = args
    const pkg = await loadYearPackage(pkgPath)
    if (paths.length === 0) throw new CliError('缺少参数：请给出要导入的 Excel 文件')
    const files = []
    for (const p of paths) {
      try {
        const data = new Uint8Array(await readFile(p))
        files.push({ name: basename(p), data })
      } catch (err) {
        throw new CliError(`无法读取 ${p}（${(err as NodeJS.ErrnoException).code ?? String(err)}）`)
      }
    }
    const ctx = { by: process.env.KPT_OPERATOR ?? '命令行', at: new Date().toISOString() }
    const reviewerFiles = files.filter((f) => detectTemplateKind(f.data) === 'reviewer-sheet')
    const selfFiles = files.filter((f) => !reviewerFiles.includes(f))
    const self = importSelfAssessments(pkg, selfFiles, ctx)
    const review = importReviewerSheets(self.pkg, reviewerFiles, ctx)
    let failed = 0
    for (const f of self.files) {
      if (f.status === 'imported') {
        console.log(
          `✓ ${f.file}：${f.unitName} 第 ${f.version} 版${f.changes.length ? `，变化 ${f.changes.length} 处` : ''}`,
        )
        for (const c of f.changes) console.log(`    ${c}`)
        // Review began before this version: these scores are marked 自评已更新 for the
        // reviewer to confirm, as the app marks them.
        for (const d of f.reviewDiffers ?? []) console.log(`    自评已更新，待评分人确认：${d}`)
      } else {
        failed++
        console.log(`✗ ${f.file}：未导入`)
      }
      for (const p of f.problems)
        console.log(`    ${p.severity === 'error' ? '错误' : '提示'} ${formatProblem(p)}`)
    }
    for (const f of review.files) {
      if (f.status === 'imported')
        console.log(`✓ ${f.file}：${f.reviewerName} 的 ${f.scores} 项审核得分`)
      else {
        failed++
        console.log(`✗ ${f.file}：未导入`)
      }
      for (const p of f.problems)
        console.log(`    ${p.severity === 'error' ? '错误' : '提示'} ${formatProblem(p)}`)
    }
    const imported = files.length - failed
    if (imported > 0) await writeFileAtomic(pkgPath!, serializeYearPackage(review.pkg))
    console.log(`共 ${files.length} 个文件：导入 ${imported} 个，未导入 ${failed} 个。`)
    return failed > 0 ? 1 : 0
  },
}
