import * as XLSX from 'xlsx'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  assessmentName,
  createSampleYear,
  documentTitles,
  type YearPackage,
} from '../../src/domain'
import { generateDocumentSet, type OutputFile } from '../../src/documents'
import { writeResultsWorkbook, writeSelfAssessmentTemplate } from '../../src/excel'
import { fillGuide } from '../../src/help'
import { readPdf, testFonts } from './pdf-reader'

/**
 * One name for the year everywhere: each document and workbook that leaves the office names
 * the assessment exactly as the domain's title function does, and none uses an older name.
 */
let pkg: YearPackage
let files: OutputFile[]
const pdfText = async (name: string) => {
  const f = files.find((x) => x.name === name)
  expect(f, name).toBeDefined()
  return (await readPdf(f!.bytes)).map((p) => p.text).join('\n')
}
const cellsOf = (bytes: Uint8Array) => {
  const book = XLSX.read(bytes, { type: 'array' })
  return book.SheetNames.flatMap((n) =>
    XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[n]!, { header: 1 }).flat().map(String),
  )
}

beforeAll(async () => {
  pkg = createSampleYear()
  pkg.settings.countyName = '青川县'
  const set = await generateDocumentSet(pkg, testFonts())
  if (!set.ok) throw new Error(set.error.message)
  files = set.value
}, 120_000)

describe('document titles', () => {
  it('name the year as the county’s 办法 does, with no older name left', async () => {
    const name = assessmentName(pkg.year)
    expect(name).toBe(`${pkg.year}年度环境保护党政同责工作目标绩效考评`)
    const texts = {
      通报: await pdfText('通报.pdf'),
      约谈名单: await pdfText('约谈名单.pdf'),
      考评评分表: await pdfText('考评评分表.pdf'),
      警示函: await pdfText(files.find((f) => f.name.startsWith('警示函'))!.name),
    }
    // Titles are broken over lines in the PDFs; compare without the line breaks.
    const flat = (s: string) => s.replace(/\s+/g, '')
    expect(flat(texts.通报)).toContain(documentTitles.notice(pkg.year))
    expect(flat(texts.通报)).toContain(documentTitles.noticeAnnex(pkg.year, '县级部门'))
    expect(flat(texts.约谈名单)).toContain(documentTitles.interviewList(pkg.year))
    expect(flat(texts.考评评分表)).toContain(documentTitles.scoreSheet(pkg.year))
    for (const [k, t] of Object.entries(texts))
      expect(t, k).not.toContain('生态环境保护工作责任考评')
  })

  it('are the same in the workbooks and the 填表说明', () => {
    const unit = pkg.units.find((u) => !u.retired)!
    expect(cellsOf(writeSelfAssessmentTemplate(pkg, unit))).toContain(
      documentTitles.selfAssessment(pkg.year),
    )
    const results = cellsOf(writeResultsWorkbook(pkg))
    expect(results).toContain(documentTitles.results(pkg.year, '乡镇（街道）和园区'))
    expect(results).toContain(documentTitles.results(pkg.year, '县级部门'))
    expect(fillGuide({ year: pkg.year, countyName: pkg.settings.countyName }).title).toBe(
      documentTitles.fillGuide(pkg.year),
    )
  })
})
