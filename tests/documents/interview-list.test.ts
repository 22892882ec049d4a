import { beforeAll, describe, expect, it } from 'vitest'
import {
  computeResults,
  createSampleYear,
  documentTitles,
  formatPoints,
  type YearPackage,
} from '../../src/domain'
import {
  interviewListDefinition,
  interviewRows,
  renderPdf,
  type InterviewGroup,
  type InterviewOptions,
} from '../../src/documents'
import { withLedger } from '../../src/domain/testing/with-ledger'
import { longYear } from './long-year'
import { readPdf, testFonts, type PdfItem, type PdfPage } from './pdf-reader'

const mm = (v: number) => (v * 72) / 25.4
const FILLED: InterviewOptions = {
  interviewer: '县委书记赵明',
  time: '2027年1月20日上午',
  place: '县委第一会议室',
}
const BLANK: InterviewOptions = { interviewer: '', time: '', place: '' }
const HEADER = '序号单位得分排名约谈对象约谈人时间地点备注'
const LONG_NAME = '云溪县国家级经济技术开发区管理委员会生态环境保护办公室'
const LONG_TITLE = '县发展和改革局党组书记、局长、县粮食和物资储备局局长'

let pkg: YearPackage
/**
 * The sample year (青山镇 interviewed for its ledger too), filled and blank; a long list; a
 * list of texts short enough for rows of one line.
 */
const pages: Record<'filled' | 'blank' | 'long' | 'short', PdfPage[]> = {
  filled: [],
  blank: [],
  long: [],
  short: [],
}
let longGroups: InterviewGroup[]

const render = async (groups: InterviewGroup[], o: InterviewOptions) =>
  readPdf(await renderPdf(interviewListDefinition(testFonts(), pkg.year, groups, o), testFonts()))

beforeAll(async () => {
  // 青山镇's ledger at 20 points: interviewed for that too (its deputy).
  pkg = withLedger(createSampleYear(), '青山镇', 2)
  const rows = interviewRows(pkg, computeResults(pkg))
  pages.filled = await render(rows, FILLED)
  pages.blank = await render(rows, BLANK)
  // Every county department at 30 ledger points, one with a long name, a leader with a long
  // title, a shared rank; nobody of the townships: pages break, and the first sequence says 无.
  const big = createSampleYear()
  const depts = big.units.filter((u) => u.sequence === 'department' && !u.retired)
  for (const u of depts) withLedger(big, u.name, 3)
  depts[0]!.name = LONG_NAME
  depts[1]!.leaders[0]!.title = LONG_TITLE
  const results = computeResults(big)
  results.sequences[0]!.units.forEach((u) => ((u.interview = false), (u.ledgerActions = [])))
  results.sequences[1]!.units[4]!.tied = true
  longGroups = interviewRows(big, results)
  pages.long = await render(longGroups, BLANK)
  const short = (name: string) => ({
    name,
    total: '88.00',
    rank: '1',
    people: [{ name: '王一', title: '镇长' }],
    reason: '台账20分',
  })
  pages.short = await render(
    [
      { sequence: '乡镇（街道）和园区', rows: [short('甲镇'), short('乙镇')] },
      { sequence: '县级部门', rows: [short('丙局')] },
    ],
    BLANK,
  )
})

/** The units the rules send to an interview, per sequence in rank order, worked out here. */
function expectedGroups() {
  const results = computeResults(pkg)
  return results.sequences.map((s) => ({
    label: s.label,
    rows: s.units
      .filter(
        (u) =>
          u.interview ||
          u.ledgerActions.includes('interviewPrincipal') ||
          u.ledgerActions.includes('interviewDeputy'),
      )
      .map((u) => {
        const unit = pkg.units.find((x) => x.id === u.unitId)!
        // Last three or 30 points: secretary and chief; 20 points (and so 30): the deputy.
        const principal = u.interview || u.ledgerActions.includes('interviewPrincipal')
        const deputy = u.ledgerActions.includes('interviewDeputy')
        const wanted = { secretary: principal, chief: principal, deputy }
        const people = (['secretary', 'chief', 'deputy'] as const)
          .filter((r) => wanted[r])
          .flatMap((r) => unit.leaders.filter((l) => l.role === r))
          .map((l) => `${l.name}（${l.title}）`)
        return {
          name: u.name,
          total: formatPoints(u.total),
          rank: `${u.tied ? '并列' : ''}${u.rank}`,
          // The short forms: 约谈对象 names the leaders the ledger tier summons.
          reasons: [
            u.interview && '排名后三位',
            deputy && `台账扣${formatPoints(u.ledgerPoints).replace(/\.00$/, '')}分`,
          ].filter((x): x is string => typeof x === 'string'),
          people,
        }
      }),
  }))
}

/**
 * The 版心 of a page in points from its top-left corner: 28/37 mm in, 156 × 225 mm on a
 * portrait page; on a landscape one the same block turned a quarter (GB/T 9704 横排表格): the
 * portrait foot (35 mm) on the left, the 订口 (28 mm) at the top, 225 × 156 mm.
 */
function blockOf(p: PdfPage) {
  return p.width < p.height
    ? { left: mm(28), right: mm(28 + 156), top: mm(37), bottom: mm(37 + 225) }
    : { left: mm(35), right: mm(35 + 225), top: mm(28), bottom: mm(28 + 156) }
}

const flat = (ps: PdfPage[]) => ps.map((p) => p.text.replace(/\s/g, '')).join('')
const isPageNumber = (it: PdfItem) => /^—\s*\d+\s*—$/.test(it.str.trim())
const all = () => Object.entries(pages)

/** The table's rules on a page: x of the vertical ones and y of the horizontal ones. */
function grid(p: PdfPage) {
  const vertical = p.rules.filter((r) => Math.abs(r.x1 - r.x2) < 0.01)
  const horizontal = p.rules.filter((r) => Math.abs(r.y1 - r.y2) < 0.01)
  const unique = (xs: number[]) =>
    [...new Set(xs.map((x) => Math.round(x * 100) / 100))].sort((a, b) => a - b)
  return { vertical, rows: unique(horizontal.map((r) => r.y1)) }
}

/** The vertical rules crossing a text item's middle line, left to right. */
function rulesAt(p: PdfPage, it: PdfItem): number[] {
  const mid = (it.top + it.bottom) / 2
  return grid(p)
    .vertical.filter((r) => Math.min(r.y1, r.y2) < mid && Math.max(r.y1, r.y2) > mid)
    .map((r) => r.x1)
    .sort((a, b) => a - b)
}

/** Heights of the unit rows (a number in the 序号 column) between their horizontal rules. */
function unitRowHeights(p: PdfPage): number[] {
  const { rows } = grid(p)
  // The header's rules: the second one closes the 序号 column.
  const first = rulesAt(
    p,
    p.items.find((it) => it.str.trim() === '约谈对象')!,
  )
  return rows.slice(1).flatMap((y, i) => {
    const top = rows[i]!
    const numbered = p.items.some(
      (it) => /^\d+\s*$/.test(it.str) && it.x < first[1]! && it.top > top && it.bottom < y,
    )
    return numbered ? [y - top] : []
  })
}

describe('约谈名单 read back from the PDF', () => {
  it('is A4 and keeps all text but the page numbers inside the 版心', () => {
    // The long list (a 27-character name, a long title) is set landscape: see below.
    expect(pages.long[0]!.width).toBeGreaterThan(pages.long[0]!.height)
    for (const [k, ps] of all())
      for (const p of ps) {
        const block = blockOf(p)
        expect(p.width < p.height, `${k} portrait`).toBe(k !== 'long')
        expect(Math.min(p.width, p.height), k).toBeCloseTo(595.28, 0)
        expect(Math.max(p.width, p.height), k).toBeCloseTo(841.89, 0)
        for (const it of p.items) {
          if (isPageNumber(it)) continue
          expect(it.x, it.str).toBeGreaterThanOrEqual(block.left - 1)
          expect(it.right, it.str).toBeLessThan(block.right)
          expect(it.top, it.str).toBeGreaterThanOrEqual(block.top - 3)
          expect(it.bottom, it.str).toBeLessThanOrEqual(block.bottom + 1)
        }
      }
  })

  it('has the title once and the nine columns on every page, the sequence no longer a column', () => {
    expect(pages.long.length).toBeGreaterThan(1)
    for (const [k, ps] of all()) {
      expect(flat(ps).split(documentTitles.interviewList(pkg.year)), k).toHaveLength(2)
      for (const p of ps) expect(p.text.replace(/\s/g, ''), k).toContain(HEADER)
    }
  })

  it('opens each sequence with its name, then its units in rank order with score, rank, people and reason', () => {
    const groups = expectedGroups()
    expect(groups.every((g) => g.rows.length >= 3)).toBe(true)
    expect(groups.flatMap((g) => g.rows).some((r) => r.reasons[0]!.startsWith('台账扣'))).toBe(true)
    for (const [k, o] of [
      ['filled', FILLED],
      ['blank', BLANK],
    ] as const) {
      const text = flat(pages[k])
      let at = text.indexOf(HEADER) + HEADER.length
      let n = 0
      for (const g of groups)
        for (const piece of [
          g.label,
          // One table row as a reader meets it: every cell in column order, blank cells empty.
          ...g.rows.map((r) =>
            [
              String(++n),
              r.name,
              r.total,
              r.rank,
              r.people.join(''),
              o.interviewer,
              o.time,
              o.place,
              r.reasons.join(''),
            ].join(''),
          ),
        ]) {
          expect(text.slice(at, at + piece.length), `${k}: ${piece}`).toBe(piece)
          at += piece.length
        }
      // Nothing after the rows but the page number.
      expect(text.slice(at)).toMatch(/^—\d+—$/)
    }
  })

  it('says 无 under a sequence with nobody to interview and keeps numbering through the list', () => {
    const text = flat(pages.long)
    const [towns, depts] = longGroups
    expect(towns!.rows).toHaveLength(0)
    expect(text).toContain(`${HEADER}${towns!.sequence}无${depts!.sequence}1`)
    expect(depts!.rows.length).toBeGreaterThan(12)
    expect(text).toContain(LONG_NAME)
    expect(text).toContain(LONG_TITLE)
    // Every row, numbered 1…n, in order across the pages.
    let at = 0
    depts!.rows.forEach((r, i) => {
      const found = text.indexOf(`${i + 1}${r.name}${r.total}${r.rank}`, at)
      expect(found, r.name).toBeGreaterThanOrEqual(at)
      at = found + 1
    })
  })

  it('writes every score and rank on one line, a shared one as 并列N', () => {
    const rows = [...expectedGroups().flatMap((g) => g.rows), ...longGroups.flatMap((g) => g.rows)]
    expect(rows.some((r) => r.rank.startsWith('并列'))).toBe(true)
    const tokens = new Set(
      Object.values(pages).flatMap((ps) =>
        ps.flatMap((p) => p.items.flatMap((it) => it.str.split(/\s+/))),
      ),
    )
    for (const r of rows) {
      expect(tokens, r.total).toContain(r.total)
      expect(tokens, r.rank).toContain(r.rank)
    }
  })

  it('draws no text across a rule of the table', () => {
    let checked = 0
    let items = 0
    for (const [k, ps] of all())
      for (const p of ps) {
        const { rows } = grid(p)
        expect(rows.length, k).toBeGreaterThan(2)
        for (const it of p.items) {
          if (isPageNumber(it) || it.top < rows[0]!) continue
          items++
          // pdfjs joins neighbouring cells' texts on one line with a space and widens an item
          // by the gap after it: only items without one measure their own text.
          if (/\s/.test(it.str)) continue
          checked++
          for (const x of rulesAt(p, it)) {
            const inside = x > it.x + 0.5 && x < it.right - 0.5
            expect(inside, `${k}: ${it.str} across x=${x}`).toBe(false)
          }
          for (const y of rows) {
            const inside = y > it.top + 0.5 && y < it.bottom - 0.5
            expect(inside, `${k}: ${it.str} across y=${y}`).toBe(false)
          }
        }
      }
    expect(checked).toBeGreaterThan(items * 0.8)
  })

  it('gives 约谈人, 时间 and 地点 at least 18 mm between the rules and unit rows at least 10 mm', () => {
    for (const [k, ps] of all())
      for (const p of ps) {
        for (const name of ['约谈人', '时间', '地点']) {
          const head = p.items.find((it) => it.str.trim() === name)!
          const xs = rulesAt(p, head)
          const left = xs.filter((x) => x < head.x).at(-1)!
          const right = xs.find((x) => x > head.right)!
          expect(right - left, `${k}: ${name}`).toBeGreaterThanOrEqual(mm(18) - 0.01)
        }
        const heights = unitRowHeights(p)
        expect(heights.length, k).toBeGreaterThan(0)
        for (const h of heights) expect(h, k).toBeGreaterThanOrEqual(mm(10) - 0.01)
      }
    // The short list's rows are one line of text: the least height is what holds them.
    for (const h of pages.short.flatMap(unitRowHeights)) expect(h).toBeCloseTo(mm(10), 1)
  })

  it('leaves 约谈人, 时间 and 地点 blank for hand-writing unless they are given', () => {
    const blank = flat(pages.blank)
    for (const v of Object.values(FILLED)) expect(blank).not.toContain(v)
    const filled = flat(pages.filled)
    const count = (s: string) => filled.split(s).length - 1
    const rows = expectedGroups().flatMap((g) => g.rows).length
    for (const v of Object.values(FILLED)) expect(count(v)).toBe(rows)
  })
})

describe('约谈名单 page breaks', () => {
  /** A list whose first sequence has `k` one-person rows, the second two. */
  const list = (k: number): InterviewGroup[] => {
    const row = (i: number) => ({
      name: `某某镇${i}`,
      total: '70.00',
      rank: String(i),
      people: [{ name: '张三', title: '镇党委书记' }],
      reason: '排名后三位',
    })
    return [
      { sequence: '乡镇（街道）和园区', rows: Array.from({ length: k }, (_, i) => row(i + 1)) },
      { sequence: '县级部门', rows: [row(k + 1), row(k + 2)] },
    ]
  }
  /** Pages on which 县级部门 is the last thing in the table. */
  const orphaned = (ps: PdfPage[]) =>
    ps.filter((p) => p.items.filter((it) => !isPageNumber(it)).at(-1)?.str === '县级部门').length

  it('never leaves a sequence name at the foot of a page without the row after it', async () => {
    const fonts = testFonts()
    // Without the rule: find a list where pdfmake alone would strand 县级部门 at a page foot.
    let stranded: number | null = null
    for (let k = 6; k <= 18 && stranded === null; k++) {
      const def = interviewListDefinition(fonts, 2026, list(k), BLANK) as Record<string, unknown>
      delete def.pageBreakBefore
      if (orphaned(await readPdf(await renderPdf(def, fonts))) > 0) stranded = k
    }
    expect(stranded, 'no list length strands the name without the rule').not.toBeNull()
    const ps = await readPdf(
      await renderPdf(interviewListDefinition(fonts, 2026, list(stranded!), BLANK), fonts),
    )
    expect(orphaned(ps)).toBe(0)
    const second = ps.findIndex((p) => p.text.includes('县级部门'))
    expect(second).toBeGreaterThan(0)
    expect(ps[second]!.text.replace(/\s/g, '')).toContain(`${HEADER}县级部门${stranded! + 1}`)
    // One row earlier the name still fits with its row on the page before: no early break.
    const fits = await readPdf(
      await renderPdf(interviewListDefinition(fonts, 2026, list(stranded! - 1), BLANK), fonts),
    )
    expect(fits.findIndex((p) => p.text.includes('县级部门'))).toBe(second - 1)
  })
})

/** How many consecutive lines of the 单位 column, top down, spell out a unit's name. */
function linesOfName(p: PdfPage, name: string): number {
  const head = p.items.find((it) => it.str.trim() === '单位')!
  const xs = rulesAt(p, head)
  const left = xs.filter((x) => x < head.x).at(-1)!
  const right = xs.find((x) => x > head.right)!
  const column = p.items
    .filter((it) => it.x > left && it.right < right && it.top > head.bottom)
    .sort((a, b) => a.top - b.top)
    .map((it) => it.str.trim())
  for (let i = 0; i < column.length; i++) {
    let text = ''
    for (let k = i; k < column.length && name.startsWith(text + column[k]!); k++) {
      text += column[k]!
      if (text === name) return k - i + 1
    }
  }
  return Infinity
}

describe('约谈名单 rows and reasons on the page', () => {
  /** The sample with 青山镇 at 20 ledger points, and the long-names year (河口镇 at 30). */
  const cases: [string, () => YearPackage][] = [
    ['sample', () => withLedger(createSampleYear(), '青山镇', 2)],
    ['long year', () => longYear()],
  ]

  it.each(cases)(
    '%s: every row on one page with its reasons each on one line, names in at most two lines',
    async (name, make) => {
      const year = make()
      const groups = interviewRows(year, computeResults(year))
      const ps = await readPdf(
        await renderPdf(
          interviewListDefinition(testFonts(), year.year, groups, FILLED),
          testFonts(),
        ),
      )
      const rows = groups.flatMap((g) => g.rows)
      // 河口镇 of the long year is listed on both grounds: two reasons, two lines.
      expect(rows.some((r) => r.reason.includes('\n'))).toBe(name === 'long year')
      rows.forEach((r, i) => {
        // The page holding the row's number and name holds the whole row, in reading order.
        const at = ps.findIndex((p) => p.text.replace(/\s/g, '').includes(`${i + 1}${r.name}`))
        expect(at, r.name).toBeGreaterThanOrEqual(0)
        const page = ps[at]!
        const text = page.text.replace(/\s/g, '')
        const from = text.indexOf(`${i + 1}${r.name}`)
        const row = [r.total, r.rank, ...r.people.map((p) => `${p.name}（${p.title}）`)]
        let k = from
        for (const piece of [
          ...row,
          FILLED.interviewer,
          FILLED.place,
          r.reason.replace(/\n/g, ''),
        ]) {
          const found = text.indexOf(piece, k)
          expect(found, `${r.name}: ${piece}`).toBeGreaterThanOrEqual(k)
          k = found
        }
        // Each reason is one text item of its own: one line, never broken.
        for (const reason of r.reason.split('\n'))
          expect(
            page.items.some((it) => it.str.trim() === reason),
            `${r.name}: ${reason}`,
          ).toBe(true)
        // The name in one or two lines of the 单位 column.
        expect(linesOfName(page, r.name), r.name).toBeLessThanOrEqual(2)
      })
    },
  )

  it('puts the sample year on one page, 备注 as wide as its longest reason, names in two lines', async () => {
    const year = withLedger(createSampleYear(), '青山镇', 2)
    const groups = interviewRows(year, computeResults(year))
    const ps = await readPdf(
      await renderPdf(interviewListDefinition(testFonts(), year.year, groups, FILLED), testFonts()),
    )
    // Before: the seventh row went to a page of its own, 77 mm left empty under the sixth.
    expect(ps).toHaveLength(1)
    const p = ps[0]!
    const head = p.items.find((it) => it.str.trim() === '备注')!
    const xs = rulesAt(p, head)
    const left = xs.filter((x) => x < head.x).at(-1)!
    const right = xs.find((x) => x > head.right)!
    // 台账扣20分 is about five characters of 10.5 pt: the column holds it, no longer three.
    expect(right - left).toBeGreaterThan(5 * 10.5)
    const unitHead = p.items.find((it) => it.str.trim() === '单位')!
    const ux = rulesAt(p, unitHead)
    const unitWidth = ux.find((x) => x > unitHead.right)! - ux.filter((x) => x < unitHead.x).at(-1)!
    // 县住房和城乡建设局 breaks once (five characters a line), not into 县住房／和城乡／建设局.
    expect(unitWidth).toBeGreaterThanOrEqual(5 * 10.5)
  })
})

describe('约谈名单 with long unit names on the list', () => {
  /** 20 characters, in the style of 县国有资产服务中心. */
  const NAME_20 = '云溪县国有资本投资运营和资产监督服务中心'
  /**
   * The sample year with two long-named departments sent to the list by their ledgers (20 and
   * 30 points; the points taken also drop them to the last three) and a long title for a
   * leader who is summoned.
   */
  const longNames = (): YearPackage => {
    const year = withLedger(withLedger(createSampleYear(), '县教育局', 2), '县国有资产服务中心', 3)
    const unit = (name: string) => year.units.find((u) => u.name === name)!
    unit('县国有资产服务中心').leaders.find((l) => l.role === 'chief')!.title = LONG_TITLE
    unit('县教育局').name = LONG_NAME
    unit('县国有资产服务中心').name = NAME_20
    return year
  }
  const made: Record<'filled' | 'blank', { groups: InterviewGroup[]; ps: PdfPage[] }> = {
    filled: { groups: [], ps: [] },
    blank: { groups: [], ps: [] },
  }
  beforeAll(async () => {
    const year = longNames()
    const groups = interviewRows(year, computeResults(year))
    for (const [k, o] of [
      ['filled', FILLED],
      ['blank', BLANK],
    ] as const) {
      const ps = await readPdf(
        await renderPdf(interviewListDefinition(testFonts(), year.year, groups, o), testFonts()),
      )
      made[k] = { groups, ps }
    }
  })

  it.each(['filled', 'blank'] as const)(
    '%s: names in at most two lines, reasons on one line, names with their titles, 9 pt or more, the table inside the 版心',
    (k) => {
      const { groups, ps } = made[k]
      const rows = groups.flatMap((g) => g.rows)
      const names = rows.map((r) => r.name)
      expect(names).toContain(LONG_NAME)
      expect(names).toContain(NAME_20)
      expect([...LONG_NAME]).toHaveLength(27)
      expect([...NAME_20]).toHaveLength(20)
      expect(rows.some((r) => r.people.some((p) => p.title === LONG_TITLE))).toBe(true)
      expect(rows.some((r) => r.reason.includes('\n'))).toBe(true)
      rows.forEach((r, i) => {
        const at = ps.findIndex((p) => p.text.replace(/\s/g, '').includes(`${i + 1}${r.name}`))
        expect(at, r.name).toBeGreaterThanOrEqual(0)
        const page = ps[at]!
        const text = page.text.replace(/\s/g, '')
        expect(linesOfName(page, r.name), r.name).toBeLessThanOrEqual(2)
        for (const reason of r.reason.split('\n'))
          expect(
            page.items.some((it) => it.str.trim() === reason),
            `${r.name}: ${reason}`,
          ).toBe(true)
        for (const p of r.people) {
          // The name starts a line, its bracketed title follows on it or right under it.
          expect(text, p.name).toContain(`${p.name}（${p.title}）`)
          expect(
            page.items.some((it) => it.str.trim().startsWith(p.name)),
            p.name,
          ).toBe(true)
        }
      })
      for (const p of ps) {
        const block = blockOf(p)
        for (const it of p.items) {
          if (isPageNumber(it)) continue
          expect(it.bottom - it.top, it.str).toBeGreaterThanOrEqual(9 - 0.01)
        }
        expect(p.rules.length).toBeGreaterThan(0)
        for (const r of p.rules) {
          for (const x of [r.x1, r.x2]) {
            expect(x).toBeGreaterThanOrEqual(block.left - 0.5)
            expect(x).toBeLessThanOrEqual(block.right + 0.5)
          }
          for (const y of [r.y1, r.y2]) {
            expect(y).toBeGreaterThanOrEqual(block.top)
            expect(y).toBeLessThanOrEqual(block.bottom + 0.5)
          }
        }
      }
    },
  )

  it('turns to a landscape page with the page number where a portrait page has it (GB/T 9704 10.2)', () => {
    const ps = made.blank.ps
    ps.forEach((p, i) => {
      expect(p.width).toBeGreaterThan(p.height)
      const n = p.items.find(isPageNumber)!
      expect(n.str.replace(/\s/g, '')).toBe(`—${i + 1}—`)
      // Upright for the portrait reader: it runs down the page, its glyphs' tops to the right.
      const [a, b, c, d, e, f] = n.transform as [number, number, number, number, number, number]
      expect([a, b, c, d]).toEqual([0, -14, 14, 0])
      // The portrait foot is the landscape left edge: the 一字线 7 mm from the 版心 (its middle
      // 0.3 em right of the baseline, as the 通报's page numbers are measured).
      expect(Math.abs(e + 0.3 * 14 - (mm(35) - mm(7)))).toBeLessThan(mm(1))
      // Odd pages one character from the portrait right (the landscape bottom of the 版心),
      // even pages one character from the portrait left (its top).
      const start = p.height - f
      const end = start + (n.right - n.x)
      if ((i + 1) % 2 === 1) expect(Math.abs(end - (mm(28 + 156) - 14))).toBeLessThan(mm(0.6))
      else expect(Math.abs(start - (mm(28) + 14))).toBeLessThan(mm(0.6))
    })
  })

  it('keeps the sample year portrait in 5号, and the long names in 5号 on the landscape page', async () => {
    const year = withLedger(createSampleYear(), '青山镇', 2)
    const ps = await readPdf(
      await renderPdf(
        interviewListDefinition(
          testFonts(),
          year.year,
          interviewRows(year, computeResults(year)),
          FILLED,
        ),
        testFonts(),
      ),
    )
    const size = (p: PdfPage) => {
      const head = p.items.find((it) => it.str.trim() === '序号')!
      return head.bottom - head.top
    }
    expect(ps[0]!.width).toBeLessThan(ps[0]!.height)
    expect(size(ps[0]!)).toBeCloseTo(10.5, 2)
    for (const p of made.filled.ps) expect(size(p)).toBeCloseTo(10.5, 2)
  })
})
