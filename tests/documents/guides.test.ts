import { writeFileSync, mkdirSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { defaultYearSettings } from '../../src/domain'
import { generateGuide, type GuideYear } from '../../src/documents'
import { HELP_TOPICS, MISSING_CONTACT, MISSING_DEADLINE } from '../../src/help'
import { readPdf, testFonts, type PdfPage } from './pdf-reader'

const settings = defaultYearSettings('青山县')
const SET: GuideYear = {
  year: 2026,
  settings: {
    ...settings,
    returnDeadline: '2027-01-15',
    returnContact: '县生态环境局 张三 0871-1234567',
  },
}
const UNSET: GuideYear = { year: 2026, settings }

/** A page's text with the spaces pdf.js puts between runs taken out. */
const flat = (p: PdfPage) => p.text.replace(/\s+/g, '')

let fill: PdfPage[]
let fillUnset: PdfPage[]
let manual: PdfPage[]

beforeAll(async () => {
  const render = async (kind: 'fill' | 'manual', y: GuideYear) => {
    const { name, bytes } = await generateGuide(kind, testFonts(), y, '2026-12-07')
    if (process.env.GUIDES_OUT) {
      mkdirSync(process.env.GUIDES_OUT, { recursive: true })
      writeFileSync(`${process.env.GUIDES_OUT}/${name}`, bytes)
    }
    return readPdf(bytes)
  }
  fill = await render('fill', SET)
  fillUnset = await render('fill', UNSET)
  manual = await render('manual', SET)
})

describe('填表说明.pdf', () => {
  it('is one page with the four parts in order, the deadline and the contact from the settings', () => {
    expect(fill).toHaveLength(1)
    const text = flat(fill[0]!)
    const at = ['一、怎样填写', '二、不要改动', '三、佐证材料怎样列', '四、报送'].map((h) =>
      text.indexOf(h),
    )
    expect(at.every((i) => i >= 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    expect(text).toContain('2026年度环境保护党政同责工作目标绩效考评自查表填表说明')
    expect(text).toContain('报回截止日期：2027年1月15日。')
    expect(text).toContain('联系人：县生态环境局张三0871-1234567。')
    expect(text).toContain('不要改动“指标编号”“考评内容”“满分”“评分标准”各列和表头')
    expect(text).toContain('第1页共1页')
  })

  it('says what is missing instead of inventing a deadline or a contact', () => {
    expect(fillUnset).toHaveLength(1)
    const text = flat(fillUnset[0]!)
    expect(text).toContain(`报回截止日期：${MISSING_DEADLINE}。`)
    expect(text).toContain(`联系人：${MISSING_CONTACT}。`)
    expect(text).not.toMatch(/\d{4}年\d+月\d+日/)
  })

  it('fits its page: the last line stays above the footer', () => {
    const page = fill[0]!
    const body = page.items.filter((i) => !/第\s*1\s*页/.test(i.str))
    const lowest = Math.max(...body.map((i) => i.bottom))
    expect(lowest).toBeLessThan(page.height - (20 * 72) / 25.4 + 1)
  })
})

describe('使用说明.pdf', () => {
  it('has a chapter per topic, in the order of the cycle, each heading followed by its purpose', () => {
    const text = manual.map(flat).join('')
    const numerals = '一二三四五六七八九十'
    let from = 0
    HELP_TOPICS.forEach((t, i) => {
      const at = text.indexOf(`${numerals[i]}、${t.title}`, from)
      expect(at, t.title).toBeGreaterThanOrEqual(from)
      expect(text.indexOf(t.purpose.replace(/\s+/g, '').slice(0, 20), at)).toBeGreaterThan(at)
      from = at
    })
  })

  it('prints every import problem with its fix and what to tell the unit', () => {
    const text = manual.map(flat).join('')
    const submissions = HELP_TOPICS.find((t) => t.id === 'submissions')!
    for (const p of submissions.problems) {
      expect(text, p.symptom).toContain(p.symptom.replace(/\s+/g, ''))
      if (p.tellUnit) expect(text, p.tellUnit).toContain(p.tellUnit.replace(/\s+/g, ''))
    }
    expect(text).toContain('第十五条（一）')
    expect(text).toContain('排查整改办法第二十二条')
  })

  it('numbers its pages 第 N 页 共 M 页', () => {
    expect(manual.length).toBeGreaterThan(3)
    manual.forEach((p, i) => expect(flat(p)).toContain(`第${i + 1}页共${manual.length}页`))
  })
})
