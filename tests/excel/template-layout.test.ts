// What the written files hold for printing and for guiding the unit, read back from their XML.
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { createSampleYear, criteriaItems, formatPoints } from '../../src/domain'
import { writeReviewerSheet } from '../../src/excel/reviewer/write-reviewer-sheet'
import { writeResultsWorkbook } from '../../src/excel/results/write-results'
import { writeSelfAssessmentTemplate } from '../../src/excel/self-assessment/write-template'
import { STYLE } from '../../src/excel/write/styles'
import { itemRows } from './fill-template'

const part = (bytes: Uint8Array, path: string) => strFromU8(unzipSync(bytes)[path]!)
const cellXml = (sheet: string, ref: string) =>
  new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`).exec(sheet)?.[0] ?? ''

function sample() {
  const pkg = createSampleYear()
  pkg.settings.returnDeadline = '2027-01-15'
  pkg.settings.returnContact = '县生态环境局 张三 0871-1234567'
  return pkg
}

describe('self-assessment template', () => {
  const pkg = sample()
  const unit = pkg.units[0]!
  const bytes = writeSelfAssessmentTemplate(pkg, unit)
  const sheet = part(bytes, 'xl/worksheets/sheet1.xml')
  const rows = itemRows(bytes)
  const items = criteriaItems(pkg.criteria[unit.sequence])

  it('validates every score cell as a decimal from 0 to the item max, in Chinese', () => {
    for (const item of items) {
      const ref = `D${rows.get(item.code)!}`
      const rule = [
        ...sheet.matchAll(/<dataValidation [^>]*sqref="([^"]*)"[^>]*>(.*?)<\/dataValidation>/g),
      ].find((m) => m[1]!.split(' ').includes(ref))
      expect(rule, ref).toBeDefined()
      expect(rule![0]).toContain('type="decimal"')
      expect(rule![2]).toBe(
        `<formula1>0</formula1><formula2>${Number(formatPoints(item.max))}</formula2>`,
      )
      expect(rule![0]).toContain(`promptTitle="自评得分（满分 ${formatPoints(item.max)}）"`)
      expect(rule![0]).toContain(
        `error="自评得分应为 0 至 ${formatPoints(item.max)} 之间的数，请重新填写。"`,
      )
    }
  })

  it('protects the sheet without a password and leaves only the fill-in cells unlocked', () => {
    expect(sheet).toMatch(/<sheetProtection sheet="1"[^>]*\/>/)
    expect(sheet).not.toMatch(/password/i)
    const styles = part(bytes, 'xl/styles.xml')
    const xfs = [...styles.matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)].map((m) => m[0]).slice(1)
    const unlocked = (ref: string) => {
      const s = Number(/ s="(\d+)"/.exec(cellXml(sheet, ref))![1])
      return xfs[s]!.includes('<protection locked="0"/>')
    }
    const row = rows.get(items[0]!.code)!
    expect(['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((c) => unlocked(`${c}${row}`))).toEqual([
      false,
      false,
      false,
      true,
      true,
      true,
      false,
    ])
    expect(part(bytes, 'xl/workbook.xml')).toContain('<workbookProtection lockStructure="1"/>')
  })

  it('writes the empty fill-in cells, shaded, bordered and with the 0.00 format', () => {
    const row = rows.get(items[0]!.code)!
    expect(cellXml(sheet, `D${row}`)).toBe(`<c r="D${row}" s="${STYLE.inputPoints}"/>`)
    expect(cellXml(sheet, `E${row}`)).toBe(`<c r="E${row}" s="${STYLE.input}"/>`)
    const styles = part(bytes, 'xl/styles.xml')
    const xfs = [...styles.matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)].map((m) => m[0]).slice(1)
    expect(xfs[STYLE.inputPoints]).toMatch(/numFmtId="2".*fillId="2".*borderId="1"/)
  })

  it('stores a height for every row, taller where the text wraps', () => {
    const heights = [...sheet.matchAll(/<row r="(\d+)" ht="([\d.]+)" customHeight="1">/g)]
    expect(heights).toHaveLength([...sheet.matchAll(/<row /g)].length)
    const longest = items.reduce((a, b) => (b.title.length > a.title.length ? b : a))
    const shortest = items.reduce((a, b) => (b.title.length < a.title.length ? b : a))
    const ht = (code: string) => Number(heights.find((h) => h[1] === String(rows.get(code)))![2])
    expect(ht(longest.code)).toBeGreaterThan(ht(shortest.code))
  })

  it('sums the scores in a 合计 row, then the signature block and the return notice', () => {
    const last = Math.max(...rows.values())
    const total = last + 1
    expect(cellXml(sheet, `A${total}`)).toContain('<v>合计</v>')
    expect(cellXml(sheet, `C${total}`)).toContain('<v>100</v>')
    expect(cellXml(sheet, `D${total}`)).toContain(
      `<f>SUM(D${Math.min(...rows.values())}:D${last})</f>`,
    )
    const texts = [...sheet.matchAll(/t="str"><v>([^<]*)<\/v>/g)].map((m) => m[1]!)
    expect(texts).toContain(
      '填报单位（盖章）：＿＿＿＿＿＿＿＿＿＿\u3000\u3000\u3000主要负责人（签字）：＿＿＿＿＿＿＿＿＿＿\u3000\u3000\u3000填报人：＿＿＿＿＿＿＿＿＿＿',
    )
    expect(texts.some((t) => t.startsWith('联系电话：'))).toBe(true)
    expect(texts).toContain(
      '6．填好后保存为 .xlsx（Excel 或 WPS 均可），打印并加盖公章，2027年1月15日前将电子文件和盖章件报送县生态环境局 张三 0871-1234567。',
    )
    expect(texts.some((t) => t.includes('不要修改工作表名称'))).toBe(true)
  })

  it('prints A4 landscape one page wide with the unit in the header and page numbers below', () => {
    expect(sheet).toContain(
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
    )
    expect(sheet).toContain(
      `<headerFooter><oddHeader>&amp;C${unit.name}\u3000\u30002026年度自查表</oddHeader><oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter></headerFooter>`,
    )
    expect(part(bytes, 'xl/workbook.xml')).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;自查表&apos;!$1:$4</definedName>',
    )
  })

  it('offers 是/否 as a list on the veto declaration', () => {
    const veto = part(bytes, 'xl/worksheets/sheet2.xml')
    const codes = pkg.criteria[unit.sequence].vetoes.map((_, i) => `C${i + 3}`)
    expect(veto).toContain(`type="list"`)
    expect(veto).toContain(`sqref="${codes.join(' ')}"><formula1>"是,否"</formula1>`)
  })
})

describe('reviewer sheet and results', () => {
  const pkg = sample()
  it('the reviewer sheet validates each score cell against its item and is protected', () => {
    const sheet = part(writeReviewerSheet(pkg, pkg.reviewers[0]!), 'xl/worksheets/sheet1.xml')
    expect(sheet).toMatch(/<sheetProtection sheet="1"/)
    expect(sheet).toContain('promptTitle="审核得分（满分 4.00）"')
    expect(sheet).toContain('<oddHeader>&amp;C评分人：')
  })

  it('the results show every score with two decimals', () => {
    const sheet = part(writeResultsWorkbook(pkg), 'xl/worksheets/sheet1.xml')
    const c3 = cellXml(sheet, 'C3')
    expect(c3).toMatch(new RegExp(`s="${STYLE.points}"`))
  })
})
