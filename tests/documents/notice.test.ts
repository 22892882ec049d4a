import { beforeAll, describe, expect, it } from 'vitest'
import { computeResults, createSampleYear, formatPoints, type YearPackage } from '../../src/domain'
import { defaultDocumentOptions, generateNotice } from '../../src/documents'
import { withLedger } from '../../src/domain/testing/with-ledger'
import { embeddedFonts, readPdf, testFonts, type PdfPage } from './pdf-reader'

const mm = (v: number) => (v * 72) / 25.4
let pkg: YearPackage
let bytes: Uint8Array
let pages: PdfPage[]

beforeAll(async () => {
  pkg = createSampleYear()
  const r = await generateNotice(pkg, testFonts(), defaultDocumentOptions(pkg).notice)
  if (!r.ok) throw new Error(r.error.message)
  bytes = r.value
  pages = await readPdf(bytes)
})

describe('通报 read back from the PDF', () => {
  it('is A4 on every page', () => {
    for (const p of pages) {
      expect(p.width).toBeCloseTo(595.28, 0)
      expect(p.height).toBeCloseTo(841.89, 0)
    }
  })

  it('has the joint header, 文件 and the 发文字号 with 〔〕 on page 1', () => {
    // The shorter office name is spread to equal width: a reader sees spaces between its characters.
    const first = pages[0]!.text.replace(/\s/g, '')
    expect(first).toContain('中共云溪县委办公室')
    expect(first).toContain('云溪县人民政府办公室')
    expect(first).toContain('文件')
    expect(first).toContain('云委办发〔2027〕1号')
    // Page 1 must show body text, not only the header.
    expect(first).toContain('为深入贯彻落实')
  })

  it('sets the two organs’ names to one width: first and last characters aligned', () => {
    const row = (name: string) =>
      pages[0]!.items.find((i) => i.str.replace(/\s/g, '') === name && i.bottom - i.top > 25)!
    const [a, b] = [row('中共云溪县委办公室'), row('云溪县人民政府办公室')]
    expect(Math.abs(a.x - b.x)).toBeLessThan(mm(0.2))
    expect(Math.abs(a.right - b.right)).toBeLessThan(mm(0.2))
  })

  it('puts the 发文机关标志 35 mm below the top of the 版心 (72 mm from the paper edge)', () => {
    const mark = pages[0]!.items.find((i) => i.str.trim().startsWith('中'))!
    expect(Math.abs(mark.top - mm(72))).toBeLessThan(mm(3))
  })

  it('numbers pages — N — below the 版心, odd right and even left, none on the 版记 page', () => {
    const last = pages.length
    pages.forEach((p, i) => {
      const n = i + 1
      const num = p.items.find((it) => /^—\s*\d+\s*—$/.test(it.str.trim()))
      // The 版记 page and a blank page put in before it (to make the 版记 page even) carry none.
      if (n === last || p.items.length === 0) {
        expect(num).toBeUndefined()
        return
      }
      expect(num?.str.replace(/\s/g, '')).toBe(`—${n}—`)
      expect(num!.top).toBeGreaterThan(mm(37 + 225))
      if (n % 2 === 1) expect(num!.x).toBeGreaterThan(mm(28 + 100))
      else expect(num!.x).toBeLessThan(mm(28 + 50))
    })
  })

  it('keeps all other text inside the 版心 (156 × 225 mm at 28/37 mm)', () => {
    for (const p of pages)
      for (const it of p.items) {
        if (/^—\s*\d+\s*—$/.test(it.str.trim())) continue
        expect(it.x).toBeGreaterThanOrEqual(mm(28) - 1)
        expect(it.x).toBeLessThan(mm(28 + 156))
        expect(it.top).toBeGreaterThanOrEqual(mm(37) - 3)
        expect(it.bottom).toBeLessThanOrEqual(mm(37 + 225) + 1)
      }
  })

  it('lists every unit with its score in rank order in the 附件 tables', () => {
    const results = computeResults(pkg)
    const attachments = pages.map((p) => p.text).join('\n')
    const start = attachments.indexOf('附件1', attachments.indexOf('附件：') + 5)
    expect(start).toBeGreaterThan(0)
    let at = start
    for (const s of results.sequences)
      for (const u of s.units) {
        const i = attachments.indexOf(u.name + formatPoints(u.total), at)
        expect(i, `${u.name} ${formatPoints(u.total)} 应在上一单位之后`).toBeGreaterThan(at - 1)
        at = i
      }
  })

  it('ends with the 版记: 抄送 and 印发 on the last page, last rule at the 版心 bottom', () => {
    const last = pages[pages.length - 1]!
    expect(last.text).toContain('抄送：')
    expect(last.text).toContain('2027年1月15日印发')
    const printed = last.items.find((i) => i.str.includes('印发'))!
    expect(printed.bottom).toBeGreaterThan(mm(37 + 225) - 20)
  })

  it('embeds its fonts as subsets', () => {
    const { baseFonts, fontFiles } = embeddedFonts(bytes)
    expect(baseFonts.length).toBeGreaterThan(0)
    // A composite font names its BaseFont twice (Type0 and CIDFont): one file per font.
    expect(fontFiles).toBe(new Set(baseFonts).size)
    for (const f of baseFonts) expect(f).toMatch(/^[A-Z]{6}\+/)
  })
})

describe('通报 约谈 part read back from the PDF', () => {
  /** The body text from 二、约谈单位 to 三、, as a reader meets it. */
  const interviewPart = async (year: YearPackage) => {
    const r = await generateNotice(year, testFonts(), defaultDocumentOptions(year).notice)
    if (!r.ok) throw new Error(r.error.message)
    const text = (await readPdf(r.value))
      .map((p) => p.items.filter((it) => !/^—\s*\d+\s*—$/.test(it.str.trim())))
      .flatMap((items) => items.map((it) => it.str))
      .join('')
      .replace(/\s/g, '')
    return text.slice(text.indexOf('二、约谈单位') + 6, text.indexOf('三、存在的主要问题'))
  }
  const lastThree = (year: YearPackage) =>
    computeResults(year)
      .sequences.map(
        (s) =>
          `${s.label}${s.units
            .filter((u) => u.interview)
            .map((u) => u.name)
            .join('、')}`,
      )
      .join('，')

  it('names a unit called in for its ledger at 20 points with 第二十二条’s wording, after the last three', async () => {
    const year = withLedger(createSampleYear(), '青山镇', 2)
    const unit = computeResults(year)
      .sequences.flatMap((s) => s.units)
      .find((u) => u.name === '青山镇')!
    // Not among the last three: only the ledger brings it here.
    expect(unit.interview).toBe(false)
    expect(await interviewPart(year)).toBe(
      `按照考评办法第十八条规定，考评结果排名后三位的${lastThree(year)}，由县委、县政府有关领导对其主要负责同志及有关负责同志进行约谈（得分及排名见附件）。` +
        '按照考评办法第二十二条规定，问题台账累计扣减分值达到20分以上的青山镇，由县整改工作领导小组负责同志约谈其分管负责同志，并责成该单位向县委、县政府作出书面检查。',
    )
  })

  it('names the 30-point tier with the 主要负责同志 and the 20-point tier apart', async () => {
    const year = withLedger(withLedger(createSampleYear(), '青山镇', 2), '县教育局', 3)
    expect(await interviewPart(year)).toContain(
      '按照考评办法第二十二条规定，问题台账累计扣减分值达到20分以上的青山镇，由县整改工作领导小组负责同志约谈其分管负责同志；累计扣减分值达到30分以上的县教育局，由县整改工作领导小组负责同志约谈其主要负责同志和分管负责同志，并责成上述单位向县委、县政府作出书面检查。',
    )
  })

  it('says nothing of the ledger when no unit reached 20 points', async () => {
    const year = createSampleYear()
    expect(await interviewPart(year)).toBe(
      `按照考评办法第十八条规定，考评结果排名后三位的${lastThree(year)}，由县委、县政府有关领导对其主要负责同志及有关负责同志进行约谈（得分及排名见附件）。`,
    )
  })
})
