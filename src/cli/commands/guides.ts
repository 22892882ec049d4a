import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FontSet, generateGuide, resolveFonts, type GuideKind } from '../../documents'
import { CliError, type CliCommand } from '../command'
import { loadFontFiles, openNodeFont } from '../../node/fonts'
import { loadYearPackage } from './validate'

/**
 * `guides <package.json> <dir> [--only 使用说明|填表说明]`: the printed 使用说明 for the office
 * and the one-page 填表说明 for the units, from the same text as the app's help. The package
 * gives the county, the return deadline and the contact.
 */
export const guidesCommand: CliCommand = {
  name: 'guides',
  usage: 'guides <package.json> <dir> [--only 使用说明|填表说明]',
  summary: '生成使用说明和发给各单位的填表说明（PDF）',
  async run(args) {
    const positional: string[] = []
    let wanted: string | null = null
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!
      if (a === '--only') wanted = args[++i] ?? ''
      else if (!a.startsWith('--')) positional.push(a)
    }
    if (wanted !== null && wanted !== '使用说明' && wanted !== '填表说明')
      throw new CliError(`--only 后应为“使用说明”或“填表说明”，而不是“${wanted}”`)
    const kinds: GuideKind[] =
      wanted === '使用说明' ? ['manual'] : wanted === '填表说明' ? ['fill'] : ['manual', 'fill']
    const [file, dir] = positional
    if (!file || !dir)
      throw new CliError('用法：guides <年度数据包.json> <输出文件夹> [--only 使用说明|填表说明]')
    const pkg = await loadYearPackage(file)
    const fonts = resolveFonts(loadFontFiles(), {}, openNodeFont)
    if (!fonts.ok) throw new CliError(fonts.error.message)
    const set = new FontSet(fonts.value)
    const today = new Date().toISOString().slice(0, 10)
    mkdirSync(dir, { recursive: true })
    for (const kind of kinds) {
      const out = await generateGuide(kind, set, pkg, today)
      // Temp file then rename: a half-written PDF never sits under the final name.
      const target = join(dir, out.name)
      writeFileSync(`${target}.tmp`, out.bytes)
      renameSync(`${target}.tmp`, target)
      console.log(`已生成 ${target}`)
    }
    if (!pkg.settings.returnDeadline && kinds.includes('fill'))
      console.log('提示：年度设置中没有报回截止日期，填表说明上留有提示，请填写后重新生成。')
    return 0
  },
}
