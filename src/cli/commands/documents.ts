import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import {
  FontSet,
  defaultDocumentOptions,
  generateDocumentSet,
  resolveFonts,
  type FontRole,
  type SignatureLayout,
} from '../../documents'
import { CliError, type CliCommand } from '../command'
import { loadFontFiles, openNodeFont } from '../../node/fonts'
import { installPdfEngine } from '../../node/pdf-engine'
import { writeFileAtomic } from '../../node/write-atomic'
import { loadYearPackage } from './validate'

/**
 * `documents <package.json> <dir> [--per-unit] [--unsealed]`: the whole document set of a year
 * as PDFs. `--unsealed` prints the 署名 for a copy that will not be sealed (names stacked, date
 * under the lead name), as 文件输出's 署名方式 does.
 */
export const documentsCommand: CliCommand = {
  name: 'documents',
  usage: 'documents <package.json> <dir> [--per-unit] [--unsealed] [--font 角色=字体文件 …]',
  summary: '生成通报、约谈名单、考评评分表和警示函（PDF）',
  async run(args) {
    const { positional, fonts: picked } = parseArgs(args)
    const [file, dir] = positional
    if (!file || !dir)
      throw new CliError('用法：documents <年度数据包.json> <输出文件夹> [--per-unit] [--unsealed]')
    const pkg = await loadYearPackage(file)
    installPdfEngine()
    const fonts = resolveFonts(
      loadFontFiles({ extra: picked.map((p) => ({ path: p.path, suits: [p.role] })) }),
      { overrides: Object.fromEntries(picked.map((p) => [p.role, p.path])) },
      openNodeFont,
    )
    if (!fonts.ok) throw new CliError(fonts.error.message)
    const set = new FontSet(fonts.value)
    const defaults = defaultDocumentOptions(pkg)
    const signature: SignatureLayout = args.includes('--unsealed') ? 'unsealed' : 'sealed'
    const opts = {
      ...defaults,
      notice: { ...defaults.notice, signature },
      warning: { ...defaults.warning, signature },
      scoreSheetPerUnit: args.includes('--per-unit'),
    }
    const out = await generateDocumentSet(pkg, set, opts)
    if (!out.ok) throw new CliError(out.error.message)
    mkdirSync(dir, { recursive: true })
    for (const f of out.value) await writeFileAtomic(join(dir, f.name), f.bytes)
    for (const r of set.report)
      console.log(`${r.roleLabel}：${r.fontLabel}${r.substitute ? '（替代字体）' : ''}`)
    if (set.missing.size > 0)
      console.log(`以下字符没有任何字体能显示：${[...set.missing].join(' ')}`)
    console.log(`已生成 ${out.value.length} 个文件：${dir}`)
    return 0
  },
}

const ROLE_NAMES: Record<string, FontRole> = {
  title: 'title',
  标题: 'title',
  body: 'body',
  正文: 'body',
  hei: 'hei',
  黑体: 'hei',
  kai: 'kai',
  楷体: 'kai',
  song: 'song',
  宋体: 'song',
  页码: 'song',
}

const KNOWN_FLAGS = new Set(['--per-unit', '--unsealed'])

/** `--font 正文=D:/字体/仿宋.ttf` points a role at a font file; the rest are positional. */
function parseArgs(args: string[]) {
  const positional: string[] = []
  const fonts: { role: FontRole; path: string }[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (a === '--font') {
      const spec = args[++i] ?? ''
      const eq = spec.indexOf('=')
      const role = ROLE_NAMES[spec.slice(0, eq)]
      if (eq < 0 || !role || !existsSync(spec.slice(eq + 1)))
        throw new CliError(
          `--font 应为 角色=字体文件（角色：标题、正文、黑体、楷体、宋体），且文件须存在：“${spec}”`,
        )
      fonts.push({ role, path: spec.slice(eq + 1) })
    } else if (a.startsWith('--')) {
      if (!KNOWN_FLAGS.has(a))
        throw new CliError(`未知的选项“${a}”。可用：--per-unit、--unsealed、--font 角色=字体文件`)
    } else positional.push(a)
  }
  return { positional, fonts }
}
