import { beforeAll, describe, expect, it } from 'vitest'
import { createSampleYear, type YearPackage } from '../../src/domain'
import { defaultDocumentOptions, generateDocumentSet } from '../../src/documents'
import { longYear } from './long-year'
import { embeddedFonts, readPdf, testFonts, type PdfPage } from './pdf-reader'

/** Issue 16, measured from the PDFs themselves: the sample year and a harder one. */
const mm = (v: number) => (v * 72) / 25.4
const BOTTOM = mm(37 + 225)

interface Made {
  pkg: YearPackage
  files: Map<string, Uint8Array>
  notice: PdfPage[]
}

async function make(pkg: YearPackage): Promise<Made> {
  const r = await generateDocumentSet(pkg, testFonts(), defaultDocumentOptions(pkg))
  if (!r.ok) throw new Error(r.error.message)
  const files = new Map(r.value.map((f) => [f.name, f.bytes]))
  return { pkg, files, notice: await readPdf(files.get('通报.pdf')!) }
}

const years: [string, () => YearPackage][] = [
  ['sample', createSampleYear],
  ['long names, 7 reviewers, a ledger unit', longYear],
]

describe.each(years)('通报 of the %s year', (_label, build) => {
  let m: Made
  beforeAll(async () => {
    m = await make(build())
  }, 300_000)

  it('puts the 版记 on an even last page, blank page before it unnumbered, last rule at 262 mm', () => {
    const pages = m.notice
    expect(pages.length % 2).toBe(0)
    const last = pages[pages.length - 1]!
    expect(last.text).toContain('抄送：')
    const rules = last.rules.filter((r) => Math.abs(r.x2 - r.x1 - mm(156)) < 1)
    expect(rules.length).toBe(3)
    const lowest = Math.max(...rules.map((r) => (r.y1 + r.y2) / 2))
    expect(Math.abs(lowest - BOTTOM)).toBeLessThan(mm(0.3))
    const number = /^—\s*\d+\s*—$/
    expect(last.items.some((i) => number.test(i.str.trim()))).toBe(false)
    const before = pages[pages.length - 2]!
    if (before.items.length <= 1)
      expect(before.items.some((i) => number.test(i.str.trim()))).toBe(false)
  })

  it('sets the page number 7 mm below the 版心, odd right and even left one character in', () => {
    const numbered = m.notice
      .map((p, i) => ({ n: i + 1, it: p.items.find((x) => /^—\s*\d+\s*—$/.test(x.str.trim())) }))
      .filter((x) => x.it)
    expect(numbered.length).toBeGreaterThan(3)
    for (const { n, it } of numbered) {
      expect(it!.str.replace(/\s/g, '')).toBe(`—${n}—`)
      // The 一字线's middle: half an em above the baseline at most, well below the box top.
      const dash = it!.bottom - 0.3 * 14
      expect(Math.abs(dash - (BOTTOM + mm(7)))).toBeLessThan(mm(1))
      if (n % 2 === 1) expect(Math.abs(mm(184) - it!.right - 14)).toBeLessThan(mm(0.6))
      else expect(Math.abs(it!.x - mm(28) - 14)).toBeLessThan(mm(0.6))
    }
  })

  it('shows body text on the 署名 page and signs side by side (sealed), date four characters in', () => {
    const i = m.notice.findIndex((p) => p.text.includes('附件：1.'))
    expect(i).toBeGreaterThanOrEqual(0)
    const page = m.notice[i]!
    const note = page.items.find((x) => x.str.startsWith('附件：'))!
    expect(page.items.filter((x) => x.top < note.top - 5).length).toBeGreaterThan(0)
    const { partyOffice, governmentOffice } = m.pkg.settings
    const party = page.items.find((x) => x.str.includes(partyOffice))!
    const gov = page.items.find((x) => x.str.includes(governmentOffice))!
    expect(Math.abs(party.top - gov.top)).toBeLessThan(1)
    expect(party.right).toBeLessThan(gov.x)
    const date = page.items.find((x) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(x.str.trim()))!
    expect(Math.abs(mm(184) - date.right - 4 * (mm(156) / 28))).toBeLessThan(mm(0.6))
    expect(date.top).toBeGreaterThan(gov.top)
  })

  it('keeps unit names on one line in the 附件 tables and marks a vetoed unit 一票否决', () => {
    const text = m.notice.map((p) => p.text).join('\n')
    expect(text).not.toContain('等次/备注')
    for (const u of m.pkg.units) {
      // Beside 序号/得分/排名/备注, 24 characters fit in 五号; a longer name may wrap.
      if ([...u.name].length > 24) continue
      const hit = m.notice.some((p) => p.items.some((x) => x.str.trim() === u.name))
      expect(hit, u.name).toBe(true)
    }
    const vetoed = m.notice.flatMap((p) => p.items).filter((x) => x.str.trim() === '一票否决')
    expect(vetoed.length).toBeGreaterThan(0)
  })

  it('gives each embedded subset its own tag, different from the other PDFs of the set', () => {
    const tags = [...m.files.values()].map(
      (b) => new Set(embeddedFonts(b).baseFonts.map((f) => f.slice(0, 6))),
    )
    for (const t of tags) for (const tag of t) expect(tag).toMatch(/^[A-Z]{6}$/)
    const all = tags.flatMap((t) => [...t])
    expect(new Set(all).size).toBe(all.length)
    expect(all).not.toContain('BZZZZZ')
  })

  it('prints the （一） headings in the 楷体 substitute', () => {
    const raw = new TextDecoder('latin1').decode(m.files.get('通报.pdf')!)
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+LXGWWenKai/)
  })
})

describe('警示函 and 评分表 of the harder year', () => {
  let m: Made
  beforeAll(async () => {
    m = await make(longYear())
  }, 300_000)

  it('writes the 警示函 from one organ to the unit’s party committee and government', async () => {
    const name = [...m.files.keys()].find((n) => n.startsWith('警示函-'))!
    const pages = await readPdf(m.files.get(name)!)
    const text = pages.map((p) => p.text).join('')
    expect(text).toContain('整改工作领导小组办公室')
    expect(text).toContain('镇党委、镇人民政府：')
    expect(text).toMatch(/扣\d+分/)
    expect(text).not.toMatch(/\d+\.00分/)
    expect(text).toContain('书面检查')
    const organ = pages[0]!.items.find((x) => x.str.includes('整改工作领导小组办公室'))!
    expect(organ.top).toBeGreaterThan(mm(28))
    expect(organ.top).toBeLessThan(mm(32))
  })

  it('names the unit on every 评分表 page and prints identical reasons once', async () => {
    const pages = await readPdf(m.files.get('考评评分表.pdf')!)
    for (const p of pages.slice(0, 12)) expect(p.text).toContain('被考评单位：')
    const text = pages.map((p) => p.text).join('')
    expect(text).toContain('数据校验码')
    expect(text).toMatch(/周明华、赵国强、钱文静、孙立新、吴海燕：/)
  })
})
