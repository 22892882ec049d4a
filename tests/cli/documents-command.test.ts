import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createSampleYear, serializeYearPackage } from '../../src/domain'
import { documentsCommand } from '../../src/cli/commands/documents'
import { readPdf } from '../documents/pdf-reader'

const dir = mkdtempSync(join(tmpdir(), 'kpt-docs-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('documents <package.json> <dir>', () => {
  it('writes 通报, 约谈名单, 考评评分表 and one 警示函 per unit whose ledger reached 10 points', async () => {
    const pkg = createSampleYear()
    const file = join(dir, 'year.json')
    writeFileSync(file, serializeYearPackage(pkg))
    const out = join(dir, 'out')
    expect(await documentsCommand.run([file, out])).toBe(0)
    const names = readdirSync(out).sort()
    expect(names).toEqual(
      expect.arrayContaining(['通报.pdf', '约谈名单.pdf', '考评评分表.pdf', '警示函-河口镇.pdf']),
    )
    expect(names.some((n) => n.endsWith('.tmp'))).toBe(false)
    const sheet = await readPdf(new Uint8Array(readFileSync(join(out, '考评评分表.pdf'))))
    const lastHash = pkg.history[pkg.history.length - 1]!.hash
    expect(sheet[0]!.text).toContain(lastHash)
    // Every page numbered in its footer, at the foot of the page, counted within its unit (a
    // unit's sheet begins with the title).
    const starts = sheet.flatMap((p, i) => (p.text.includes('考评评分表') ? [i] : []))
    expect(starts[0]).toBe(0)
    sheet.forEach((p, i) => {
      const start = starts.findLast((s) => s <= i)!
      const end = starts.find((s) => s > i) ?? sheet.length
      const label = `第 ${i - start + 1} 页 共 ${end - start} 页`
      expect(p.text.replace(/\s+/g, ' ')).toContain(label)
      const last = p.items.filter((it) => it.str.trim() !== '').at(-1)!
      expect(last.bottom).toBeGreaterThan(p.height - 60)
      expect(label.replace(/\s+/g, '')).toContain(last.str.replace(/\s+/g, '').slice(-1))
    })
    for (const u of pkg.units.filter((u) => !u.retired))
      expect(sheet.some((p) => p.text.includes(`被考评单位：${u.name}`))).toBe(true)
    const list = await readPdf(new Uint8Array(readFileSync(join(out, '约谈名单.pdf'))))
    expect(list[0]!.text).toContain('排名后三位')
  })

  it('refuses a missing argument with a Chinese usage line', async () => {
    await expect(documentsCommand.run([])).rejects.toThrow('用法')
  })
})

describe('documents --font', () => {
  it('refuses an unknown role or a missing file, in Chinese', async () => {
    await expect(
      documentsCommand.run(['a.json', 'out', '--font', '宋体=/nope.ttf']),
    ).rejects.toThrow('--font 应为 角色=字体文件')
  })
})
