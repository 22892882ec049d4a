import { describe, expect, it } from 'vitest'
import { computeResults, createSampleYear } from '../../src/domain'
import {
  interviewListDefinition,
  interviewRows,
  renderPdf,
  type InterviewGroup,
  type InterviewOptions,
} from '../../src/documents'
import {
  CELL,
  COL,
  HEAD,
  SHEETS,
  interviewColumns,
  interviewSheet,
  linesOf,
  peopleText,
  handText,
  unitText,
  type RowTexts,
} from '../../src/documents/docs/interview-columns'
import { TextWrapper } from '../../src/documents/layout/wrap'
import { BLOCK_WIDTH } from '../../src/documents/notice/ranking-table'
import { readPdf, testFonts } from './pdf-reader'

const mm = (v: number) => (v * 72) / 25.4
/** Padding either side and one rule: a column's width between its rules' centres. */
const cellWidth = (content: number) => content + 2 * CELL.padding + CELL.rule
const BLANK: InterviewOptions = { interviewer: '', time: '', place: '' }

function rowsOf(groups: InterviewGroup[]): RowTexts[] {
  return groups.flatMap((g) => g.rows).map((r, i) => ({ ...r, no: String(i + 1), unit: r.name }))
}

function sampleRows(): RowTexts[] {
  const pkg = createSampleYear()
  return rowsOf(interviewRows(pkg, computeResults(pkg)))
}

describe('约谈名单 column widths', () => {
  it('fill the 版心 exactly and give each hand-writing column 18 mm or more when blank', () => {
    const fonts = testFonts()
    const w = interviewColumns(fonts, sampleRows(), BLANK)
    expect(w).toHaveLength(HEAD.length)
    expect(w.reduce((s, x) => s + cellWidth(x), 0) + CELL.rule).toBeCloseTo(BLOCK_WIDTH, 6)
    for (const c of [COL.interviewer, COL.time, COL.place]) {
      expect(cellWidth(w[c]!)).toBeGreaterThanOrEqual(mm(18))
      // Room no line needs is shared out, a little to each: not piled on one column.
      expect(w[c]!).toBeCloseTo(w[COL.interviewer]!, 6)
      expect(cellWidth(w[c]!)).toBeLessThan(mm(25))
    }
    // Before this layout the three were 28–34 pt (10–12 mm).
    for (const c of [COL.unit, COL.people, COL.reason]) expect(w[c]!).toBeGreaterThan(20)
  })

  it('keep a top score and a shared rank on one line, and every header on one line', () => {
    const fonts = testFonts()
    const rows = sampleRows()
    rows[0] = { ...rows[0]!, total: '100.00', rank: '并列38' }
    const w = interviewColumns(fonts, rows, BLANK)
    expect(linesOf(fonts, '100.00', w[COL.total]!)).toBe(1)
    expect(linesOf(fonts, '并列38', w[COL.rank]!)).toBe(1)
    HEAD.forEach((h, c) => expect(linesOf(fonts, h, w[c]!, 'hei'), h).toBe(1))
    // …and the columns are no wider than that needs: half a character to spare at most.
    expect(linesOf(fonts, '100.00', w[COL.total]! - CELL.fontSize / 2)).toBe(2)
  })

  it('widen a filled column up to 30 mm to keep its text on one line, not beyond', () => {
    const fonts = testFonts()
    const filled = { interviewer: '县委书记赵明', time: '2027年1月20日上午', place: '会议室' }
    const w = interviewColumns(fonts, sampleRows(), filled)
    // Unit names (at most two lines) and 姓名（职务） (one line) come first now: the filled
    // column widens only as far as the room left allows.
    expect(linesOf(fonts, filled.interviewer, w[COL.interviewer]!)).toBeLessThanOrEqual(2)
    expect(cellWidth(w[COL.interviewer]!)).toBeGreaterThanOrEqual(mm(18))
    expect(cellWidth(w[COL.interviewer]!)).toBeLessThanOrEqual(mm(30))
    // Too long for 30 mm: it stays as narrow as 地点 (18 mm and its share of the spare room)
    // and wraps.
    expect(cellWidth(w[COL.time]!)).toBeGreaterThanOrEqual(mm(18))
    expect(w[COL.time]!).toBeCloseTo(w[COL.place]!, 6)
    expect(w[COL.time]!).toBeLessThanOrEqual(w[COL.interviewer]!)
    expect(linesOf(fonts, filled.time, w[COL.time]!)).toBeGreaterThan(1)
  })

  it('put a title under its name when the two do not fit on one line', () => {
    const fonts = testFonts()
    const people = [
      { name: '余明', title: '党委书记' },
      { name: '欧阳明华', title: '县发展和改革局党组书记、局长' },
    ]
    expect(peopleText(fonts, people, 240)).toBe(
      '余明（党委书记）\n欧阳明华（县发展和改革局党组书记、局长）',
    )
    expect(peopleText(fonts, people, 90)).toBe(
      '余明（党委书记）\n欧阳明华\n（县发展和改革局党组书记、局长）',
    )
  })
})

describe('约谈名单 sheet', () => {
  it('is the first of portrait 5号, portrait 小5, landscape 5号 that keeps the names in two lines', () => {
    const fonts = testFonts()
    const named = (name: string) => {
      const rows = sampleRows()
      rows[rows.length - 1] = { ...rows.at(-1)!, unit: name }
      return rows
    }
    const cases = [
      // The sample's own names (县住房和城乡建设局, 9 characters): as before.
      [sampleRows(), SHEETS[0]],
      ['县人力资源和社会保障局城建科', SHEETS[1]],
      ['云溪县国家级经济技术开发区管理委员会生态环境保护办公室', SHEETS[2]],
    ] as const
    for (const [rows, expected] of cases) {
      const list = typeof rows === 'string' ? named(rows) : [...rows]
      for (const hand of [BLANK, { interviewer: '县委书记赵明', time: '1月20日', place: '县委' }]) {
        const { sheet, widths } = interviewSheet(fonts, list, hand)
        expect(sheet, list.at(-1)!.unit).toBe(expected)
        expect(widths.reduce((s, x) => s + cellWidth(x), 0) + CELL.rule).toBeCloseTo(sheet.width, 6)
        for (const r of list) {
          expect(
            linesOf(fonts, r.unit, widths[COL.unit]!, 'body', sheet.fontSize),
          ).toBeLessThanOrEqual(2)
          for (const t of r.reason.split('\n'))
            expect(linesOf(fonts, t, widths[COL.reason]!, 'body', sheet.fontSize)).toBe(1)
        }
        for (const c of [COL.interviewer, COL.time, COL.place])
          expect(cellWidth(widths[c]!)).toBeGreaterThanOrEqual(mm(18))
      }
    }
    expect(SHEETS.map((s) => [s.landscape, s.fontSize, Math.round((s.width * 25.4) / 72)])).toEqual(
      [
        [false, 10.5, 156],
        [false, 9, 156],
        [true, 10.5, 225],
        [true, 9, 225],
      ],
    )
  })
})

describe('约谈名单 约谈人, 时间 and 地点 filled in', () => {
  it('break after a title, between a day and its half, before a room, never inside a name', () => {
    const fonts = testFonts()
    // The same five characters a line as the sample's 单位 column.
    const w = interviewColumns(fonts, sampleRows(), BLANK)[COL.unit]!
    expect(linesOf(fonts, '县委书记赵', w)).toBe(1)
    expect(linesOf(fonts, '县委书记赵明', w)).toBe(2)
    // The wrapper alone would leave 明 on a line of its own: 县委书记赵 | 明.
    expect(handText(fonts, '县委书记赵明', w)).toBe('县委书记\n赵明')
    expect(handText(fonts, '县长李华', w)).toBe('县长李华')
    expect(handText(fonts, '县委第一会议室', w)).toBe('县委\n第一会议室')
    expect(handText(fonts, '1月20日上午', w)).toBe('1月20日\n上午')
    expect(handText(fonts, '2027年1月20日上午', w)).toBe('2027年1月\n20日上午')
    // Without a boundary where both lines fit: the wrapper's lines, no single last character.
    expect(handText(fonts, '欧阳明华同志', w)).toBe('欧阳明华\n同志')
  })

  it('are printed so in the 约谈名单, in as many lines as the wrapper would take', async () => {
    const pkg = createSampleYear()
    const fonts = testFonts()
    const o = { interviewer: '县委书记赵明', time: '2027年1月20日上午', place: '县委第一会议室' }
    const groups = interviewRows(pkg, computeResults(pkg))
    const [page] = await readPdf(
      await renderPdf(interviewListDefinition(fonts, pkg.year, groups, o), fonts),
    )
    const items = page!.items.map((i) => i.str.trim())
    // Three lines in the sample's 时间 column, as the wrapper's 2027年1 | 月20日上 | 午 were.
    for (const line of ['县委书记', '赵明', '2027年', '1月20日', '上午'])
      expect(items, line).toContain(line)
    for (const orphan of ['明', '午', '月20日上']) expect(items).not.toContain(orphan)
  })
})

describe('约谈名单 unit names', () => {
  it('break between the words of an organ’s name, never into more lines, never one character alone', () => {
    const fonts = testFonts()
    const w = interviewColumns(fonts, sampleRows(), BLANK)[COL.unit]!
    // Five characters a line in the sample's 单位 column.
    expect(linesOf(fonts, '县住房和城', w)).toBe(1)
    expect(linesOf(fonts, '县住房和城乡', w)).toBe(2)
    expect(unitText(fonts, '青山镇', w)).toBe('青山镇')
    expect(unitText(fonts, '县住房和城乡建设局', w)).toBe('县住房和\n城乡建设局')
    expect(unitText(fonts, '县文化广电旅游局', w)).toBe('县文化广电\n旅游局')
    expect(unitText(fonts, '县供销合作社', w)).toBe('县供销\n合作社')
    expect(unitText(fonts, '云溪工业园区', w)).toBe('云溪工业\n园区')
    // No word boundary that fits: the wrapper's break, one character moved down to the last.
    expect(unitText(fonts, '甲乙丙丁戊己', w)).toBe('甲乙丙丁\n戊己')
    expect(unitText(fonts, '甲乙丙丁戊己庚', w)).toBe('甲乙丙丁戊己庚')
    // Three lines stay as the wrapper makes them (the sheet is chosen so that none are).
    expect(unitText(fonts, '县人力资源和社会保障局', w)).toBe('县人力资源和社会保障局')
    const long = '云溪县国家级经济技术开发区管理委员会生态环境保护办公室'
    const rows = sampleRows()
    rows[0] = { ...rows[0]!, unit: long }
    const { sheet, widths } = interviewSheet(fonts, rows, BLANK)
    expect(unitText(fonts, long, widths[COL.unit]!, sheet.fontSize)).toBe(
      '云溪县国家级经济技术开发区\n管理委员会生态环境保护办公室',
    )
  })
})

describe('约谈名单 definition', () => {
  it('has no cell line wider than its column, with long names, long titles and ties', () => {
    const fonts = testFonts()
    const pkg = createSampleYear()
    const groups = interviewRows(pkg, computeResults(pkg))
    const r = groups[1]!.rows[0]!
    r.name = '云溪县国家级经济技术开发区管理委员会生态环境保护办公室'
    r.rank = '并列38'
    r.total = '100.00'
    r.people = [{ name: '欧阳明华', title: '县发展和改革局党组书记、局长、县粮食和物资储备局局长' }]
    const filled = {
      interviewer: '县委书记赵明',
      time: '2027年1月20日上午',
      place: '县委第一会议室',
    }
    const def = interviewListDefinition(fonts, pkg.year, groups, filled)
    const table = def.content[1]! as unknown as {
      table: { widths: number[]; body: Record<string, unknown>[][] }
    }
    const { widths, body } = table.table
    const measure = new TextWrapper(fonts)
    const lineWidth = (line: unknown, font: string): number =>
      typeof line === 'string'
        ? measure.width(line, font, CELL.fontSize)
        : (line as { text: string; font: string }[]).reduce(
            (s, run) => s + measure.width(run.text, run.font, CELL.fontSize),
            0,
          )
    let cells = 0
    for (const row of body)
      row.forEach((cell, c) => {
        if (cell.font === undefined) return // covered by a span
        const lines = Array.isArray(cell.stack)
          ? (cell.stack as { text: unknown }[]).map((l) => l.text)
          : [cell.text]
        for (const line of lines) {
          const room = cell.colSpan
            ? widths.reduce((s, w) => s + cellWidth(w), 0) - cellWidth(0)
            : widths[c]!
          expect(lineWidth(line, cell.font as string), JSON.stringify(line)).toBeLessThanOrEqual(
            room + 1e-6,
          )
          cells++
        }
      })
    expect(cells).toBeGreaterThan(body.length * 5)
  })
})
