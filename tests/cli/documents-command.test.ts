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

describe('documents --unsealed', () => {
  /** The 署名 lines of the 通报: where each organ's name is printed, in mm. */
  const signatureOf = async (out: string) => {
    const pages = await readPdf(new Uint8Array(readFileSync(join(out, '通报.pdf'))))
    const page = pages.find(
      (p) => /\d{4}年\d{1,2}月\d{1,2}日/.test(p.text) && p.text.includes('附件：'),
    )!
    const at = (name: string) => {
      const it = page.items.find((i) => i.str.replace(/\s+/g, '') === name)!
      return { top: (it.top * 25.4) / 72, right: (it.right * 25.4) / 72 }
    }
    return [at('中共云溪县委办公室'), at('云溪县人民政府办公室')] as const
  }

  it('stacks the two organs’ names two characters in from the right; sealed puts them side by side', async () => {
    const file = join(dir, 'seal.json')
    writeFileSync(file, serializeYearPackage(createSampleYear()))
    await documentsCommand.run([file, join(dir, 'sealed')])
    await documentsCommand.run([file, join(dir, 'unsealed'), '--unsealed'])
    const [sealedLead, sealedSecond] = await signatureOf(join(dir, 'sealed'))
    expect(Math.abs(sealedLead.top - sealedSecond.top)).toBeLessThan(0.5)
    expect(sealedLead.right).toBeLessThan(sealedSecond.right)
    const [lead, second] = await signatureOf(join(dir, 'unsealed'))
    // 版心 right edge 184 mm, two characters of 5.571 mm in.
    for (const n of [lead, second]) expect(n.right).toBeCloseTo(184 - 2 * 5.571, 0)
    expect(second.top - lead.top).toBeCloseTo(10.23, 0)
  }, 120_000)

  it('refuses an unknown option in Chinese', async () => {
    await expect(documentsCommand.run(['a.json', 'out', '--sealed'])).rejects.toThrow(
      '未知的选项“--sealed”',
    )
  })
})

describe('documents --font', () => {
  it('refuses an unknown role or a missing file, in Chinese', async () => {
    await expect(
      documentsCommand.run(['a.json', 'out', '--font', '宋体=/nope.ttf']),
    ).rejects.toThrow('--font 应为 角色=字体文件')
  })
})
