import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FontSet, defaultDocumentOptions, generateDocumentSet, resolveFonts } from '../../documents'
import { CliError, type CliCommand } from '../command'
import { loadFontFiles } from '../fonts-node'
import { loadYearPackage } from './validate'

/** `documents <package.json> <dir> [--per-unit]`: the whole document set of a year as PDFs. */
export const documentsCommand: CliCommand = {
  name: 'documents',
  usage: 'documents <package.json> <dir> [--per-unit]',
  summary: '生成通报、约谈名单、考评评分表和警示函（PDF）',
  async run(args) {
    const [file, dir] = args.filter((a) => !a.startsWith('--'))
    if (!file || !dir)
      throw new CliError('用法：documents <年度数据包.json> <输出文件夹> [--per-unit]')
    const pkg = await loadYearPackage(file)
    const fonts = resolveFonts(loadFontFiles())
    if (!fonts.ok) throw new CliError(fonts.error.message)
    const set = new FontSet(fonts.value)
    const opts = { ...defaultDocumentOptions(pkg), scoreSheetPerUnit: args.includes('--per-unit') }
    const out = await generateDocumentSet(pkg, set, opts)
    if (!out.ok) throw new CliError(out.error.message)
    mkdirSync(dir, { recursive: true })
    for (const f of out.value) {
      // Temp file then rename: a half-written PDF never sits under the final name.
      const target = join(dir, f.name)
      writeFileSync(`${target}.tmp`, f.bytes)
      renameSync(`${target}.tmp`, target)
    }
    for (const r of set.report)
      console.log(`${r.roleLabel}：${r.fontLabel}${r.substitute ? '（替代字体）' : ''}`)
    if (set.missing.size > 0)
      console.log(`以下字符没有任何字体能显示：${[...set.missing].join(' ')}`)
    console.log(`已生成 ${out.value.length} 个文件：${dir}`)
    return 0
  },
}
