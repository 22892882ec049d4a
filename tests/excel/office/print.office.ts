// Every generated workbook printed by LibreOffice: A4 landscape, one page wide, the header row
// on every page, no text printed over other text, and no text smaller than 10.5 pt.
import { beforeAll, describe, expect, it } from 'vitest'
import { createSampleYear, criteriaItems } from '../../../src/domain'
import { writeCriteriaWorkbook } from '../../../src/excel/criteria/criteria-workbook'
import { writeResultsWorkbook } from '../../../src/excel/results/write-results'
import { writeReviewerSheet } from '../../../src/excel/reviewer/write-reviewer-sheet'
import { writeLedgerTemplate } from '../../../src/excel/ledger/ledger-workbook'
import { writeRosterWorkbook } from '../../../src/excel/roster/roster-workbook'
import { writeSelfAssessmentTemplate } from '../../../src/excel/self-assessment/write-template'
import { overlaps, readPdf, type PdfPage } from './pdf-layout'
import { convert } from './soffice'

const pkg = createSampleYear()
pkg.settings.returnDeadline = '2027-01-15'
pkg.settings.returnContact = '县生态环境局 张三 0871-1234567'
const township = pkg.units.find((u) => u.sequence === 'township')!
const department = pkg.units.find((u) => u.sequence === 'department')!
const lastCode = (seq: 'township' | 'department') => criteriaItems(pkg.criteria[seq]).at(-1)!.code

/** Each workbook, and the first and last header of each of its tables. */
const books: Record<string, { data: Uint8Array; headers: [string, string][] }> = {
  自查表乡镇: {
    data: writeSelfAssessmentTemplate(pkg, township),
    headers: [
      ['考评内容', '评分标准'],
      ['一票否决情形', '情况说明'],
    ],
  },
  自查表部门: {
    data: writeSelfAssessmentTemplate(pkg, department),
    headers: [
      ['考评内容', '评分标准'],
      ['一票否决情形', '情况说明'],
    ],
  },
  审核评分表: {
    data: writeReviewerSheet(pkg, pkg.reviewers[0]!),
    headers: [['考评内容', '评分理由']],
  },
  考评结果: {
    data: writeResultsWorkbook(pkg),
    headers: [
      ['名次', '说明'],
      ['总分', lastCode('township')],
      ['总分', lastCode('department')],
    ],
  },
  单位名册: { data: writeRosterWorkbook(pkg.units, pkg.year), headers: [['单位编号', '状态']] },
  问题台账模板: {
    data: writeLedgerTemplate({ year: pkg.year, unitNames: pkg.units.map((u) => u.name) }),
    // The second sheet, 单位名单, is one column headed 单位名称.
    headers: [
      ['序号', '问题描述'],
      ['单位名称', '单位名称'],
    ],
  },
  考评细则: {
    data: writeCriteriaWorkbook(pkg.criteria.township, pkg.year),
    headers: [
      ['一级指标', '评分标准'],
      ['编号', '情形'],
    ],
  },
}

let printed: Record<string, PdfPage[]> = {}
beforeAll(() => {
  const files = Object.fromEntries(Object.entries(books).map(([k, b]) => [`${k}.xlsx`, b.data]))
  const pdfs = convert(files, 'pdf')
  printed = Object.fromEntries(Object.entries(pdfs).map(([k, pdf]) => [k, readPdf(pdf)]))
}, 300_000)

describe.each(Object.keys(books))('%s printed by LibreOffice', (name) => {
  it('is A4 landscape on every page', () => {
    const pages = printed[name]!
    expect(pages.length).toBeGreaterThan(0)
    for (const p of pages)
      expect([p.width.toFixed(1), p.height.toFixed(1)]).toEqual(['841.9', '595.3'])
  })

  it('is one page wide, with the header row repeated on every page', () => {
    const missing = printed[name]!.flatMap((p, i) => {
      const text = p.lines.map((l) => l.text).join('\n')
      const ok = books[name]!.headers.some(([a, b]) => text.includes(a) && text.includes(b))
      return ok ? [] : [`第 ${i + 1} 页`]
    })
    expect(missing).toEqual([])
  })

  it('prints no text line over another', () => {
    const found = printed[name]!.flatMap((p, i) =>
      overlaps(p).map((o) => `第 ${i + 1} 页 ${o.join(' / ')}`),
    )
    expect(found).toEqual([])
  })

  it('prints text at 10.5 pt or more (a line is 1.3 times its type size)', () => {
    const small = printed[name]!.flatMap((p) =>
      p.lines.filter((l) => l.yMax - l.yMin < 10.5 * 1.3).map((l) => l.text),
    )
    expect(small).toEqual([])
  })
})
