import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createSampleYear, serializeYearPackage } from '../../src/domain'
import { guidesCommand } from '../../src/cli/commands/guides'
import { readPdf } from '../documents/pdf-reader'

const dir = mkdtempSync(join(tmpdir(), 'kpt-guides-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('guides <package.json> <dir>', () => {
  it('writes the 填表说明 alone on request, with the deadline and contact of the package', async () => {
    const pkg = createSampleYear()
    pkg.settings.returnDeadline = '2027-01-15'
    pkg.settings.returnContact = '县生态环境局 李四 0871-7654321'
    const file = join(dir, 'year.json')
    writeFileSync(file, serializeYearPackage(pkg))
    const out = join(dir, 'out')
    expect(await guidesCommand.run([file, out, '--only', '填表说明'])).toBe(0)
    expect(readdirSync(out)).toEqual(['填表说明.pdf'])
    const pages = await readPdf(new Uint8Array(readFileSync(join(out, '填表说明.pdf'))))
    expect(pages).toHaveLength(1)
    const text = pages[0]!.text.replace(/\s+/g, '')
    expect(text).toContain(`${pkg.year}年度环境保护党政同责工作目标绩效考评自查表填表说明`)
    expect(text).toContain('报回截止日期：2027年1月15日。')
    expect(text).toContain('联系人：县生态环境局李四0871-7654321。')
  })

  it('refuses a missing argument or an unknown guide, in Chinese', async () => {
    await expect(guidesCommand.run([])).rejects.toThrow('用法：guides')
    await expect(guidesCommand.run(['a.json', 'out', '--only', '通报'])).rejects.toThrow(
      '--only 后应为“使用说明”或“填表说明”',
    )
  })
})
