import {
  LEADER_ROLES,
  consequencesOf,
  documentTitles,
  formatPoints,
  type LeaderRole,
  type Unit,
  type YearPackage,
  type YearResults,
} from '../../domain'
import type { FontSet } from '../fonts/font-set'
import { LANDSCAPE, gongwenFrame, landscapeFrame, lineHeightFor } from '../layout/gongwen-page'
import { txt } from '../layout/text'
import { balanceTitle } from '../layout/title-lines'
import { GRID, PAGE, SIZE } from '../layout/units'
import { THIN_GRID } from '../notice/ranking-table'
import {
  CELL,
  COL,
  HEAD,
  interviewSheet,
  linesOf,
  peopleText,
  rowHeight,
  unitText,
  handText,
  type Person,
  type RowTexts,
} from './interview-columns'

export type { Person } from './interview-columns'

/** 约谈人/时间/地点: filled from the app, or left blank for hand-writing. */
export interface InterviewOptions {
  interviewer: string
  time: string
  place: string
}

export interface InterviewRow {
  name: string
  total: string
  rank: string
  /** Who attends, in the order of their roles. */
  people: Person[]
  reason: string
}

/** One sequence of the list; `rows` is empty when nobody of it is interviewed. */
export interface InterviewGroup {
  sequence: string
  rows: InterviewRow[]
}

/**
 * Who is interviewed and why (第十八条, seed 004 第二十二条), per sequence in rank order, as the
 * domain's consequencesOf decides it for the badges and the explanation too: the last three of
 * each sequence and units whose ledger reached 20 or 30 points; the grounds name the leaders.
 */
export function interviewRows(pkg: YearPackage, results: YearResults): InterviewGroup[] {
  const units = new Map(pkg.units.map((u) => [u.id, u]))
  return results.sequences.map((s) => {
    const rows: InterviewRow[] = []
    for (const u of s.units) {
      const c = consequencesOf(u)
      if (!c.interviewed) continue
      rows.push({
        name: u.name,
        total: formatPoints(u.total),
        rank: `${u.tied ? '并列' : ''}${u.rank}`,
        people: peopleOf(units.get(u.unitId), c.roles),
        // The short forms, one a line: the 约谈对象 beside them already names the leaders.
        reason: c.grounds.map((g) => g.short).join('\n'),
      })
    }
    return { sequence: s.label, rows }
  })
}

function peopleOf(unit: Unit | undefined, roles: readonly LeaderRole[]): Person[] {
  if (!unit) return []
  return LEADER_ROLES.filter((r) => roles.includes(r))
    .flatMap((r) => unit.leaders.filter((l) => l.role === r))
    .map((l) => ({ name: l.name, title: l.title }))
}

/**
 * The 约谈名单: one table in the 版心 whose header repeats on every page, on the first sheet
 * (interviewSheet) that keeps every unit name in two lines and every reason and person's name
 * unbroken: portrait A4 in 5号, else in 小5, else landscape A4 (GB/T 9704 横排表格, the page
 * number turned to stay where a portrait page has it) in 5号, else in 小5. Each
 * sequence opens with a full-width row of its name (黑体) instead of a 序列 column, which
 * needed four lines per row for `乡镇（街道）和园区`; a sequence with nobody to interview says
 * 无. 序号 runs on through both sequences, so the last number is how many units are summoned
 * and every row has a number of its own to be referred to. Unit rows are at least 10 mm high
 * and 约谈人, 时间 and 地点 at least 18 mm wide, for writing in by hand when the app leaves
 * them blank.
 */
export function interviewListDefinition(
  fonts: FontSet,
  year: number,
  groups: InterviewGroup[],
  o: InterviewOptions,
) {
  let n = 0
  const numbered = groups.map((g) => ({
    sequence: g.sequence,
    rows: g.rows.map((r): RowTexts => ({
      no: String(++n),
      unit: r.name,
      total: r.total,
      rank: r.rank,
      people: r.people,
      reason: r.reason,
    })),
  }))
  const { sheet, widths } = interviewSheet(
    fonts,
    numbered.flatMap((g) => g.rows),
    o,
  )
  const size = sheet.fontSize
  const style = (alignment: string) => ({
    fontSize: size,
    lineHeight: CELL.lineHeight,
    alignment,
  })
  const cell = (text: string, col: number, role: 'body' | 'hei' = 'body', alignment = 'center') =>
    fonts.wrapped(text, role, { ...style(alignment), verticalAlignment: 'middle' }, widths[col]!)
  const full =
    widths.reduce((s, w) => s + w, 0) + (HEAD.length - 1) * (2 * CELL.padding + CELL.rule)
  const span = (node: Record<string, unknown>) => [
    { ...node, colSpan: HEAD.length },
    ...HEAD.slice(1).map(() => ({})),
  ]
  const body: unknown[][] = [HEAD.map((h, i) => cell(h, i, 'hei'))]
  /** Rows of units (not the header or a sequence's name), for their least height. */
  const unitRows = new Set<number>()
  /** Per sequence: the height of its name's row and the row after it, kept together. */
  const keep: number[] = []
  numbered.forEach((g, i) => {
    body.push(
      span({ ...fonts.wrapped(g.sequence, 'hei', style('left'), full), headlineLevel: i + 1 }),
    )
    let next = rowHeight(fonts, 1, 'body', size)
    if (g.rows.length === 0) body.push(span(fonts.wrapped('无', 'body', style('center'), full)))
    g.rows.forEach((r, k) => {
      const texts = [
        r.no,
        unitText(fonts, r.unit, widths[COL.unit]!, size),
        r.total,
        r.rank,
        peopleText(fonts, r.people, widths[COL.people]!, size),
        handText(fonts, o.interviewer, widths[COL.interviewer]!, size),
        handText(fonts, o.time, widths[COL.time]!, size),
        handText(fonts, o.place, widths[COL.place]!, size),
        r.reason,
      ]
      if (k === 0)
        next = Math.max(
          CELL.rowHeight,
          rowHeight(
            fonts,
            Math.max(...texts.map((t, c) => linesOf(fonts, t, widths[c]!, 'body', size))),
            'body',
            size,
          ),
        )
      unitRows.add(body.length)
      body.push(texts.map((t, c) => cell(t, c, 'body', ALIGN[c] ?? 'center')))
    })
    keep.push(rowHeight(fonts, linesOf(fonts, g.sequence, full, 'hei', size), 'hei', size) + next)
  })
  const top = sheet.landscape ? LANDSCAPE.top : PAGE.top
  return {
    ...(sheet.landscape ? landscapeFrame(fonts) : gongwenFrame(fonts)),
    info: { title: `${year}年度约谈名单` },
    /**
     * A sequence's name never ends a page: its row breaks to the next page with the row after
     * it when both do not fit. pdfmake reports where the name's row would start, but not where
     * an unbreakable row after it really goes, so the two heights are worked out here.
     */
    pageBreakBefore: (node: PageNode) => {
      const need = node.headlineLevel === undefined ? undefined : keep[node.headlineLevel - 1]
      if (need === undefined) return false
      const p = node.startPosition
      return p.top - CELL.paddingV + need + KEEP_SLACK > top + p.pageInnerHeight
    },
    content: [
      {
        margin: [0, 0, 0, GRID.linePitch / 2],
        // The landscape 版心 (225 mm) holds 28 characters of 2号 (217 mm): a title on one line
        // leaves the table the height its taller rows need there.
        stack: balanceTitle(documentTitles.interviewList(year), sheet.landscape ? 28 : 20).map(
          (line) =>
            txt(fonts, line, 'title', {
              fontSize: SIZE.er,
              characterSpacing: 0,
              alignment: 'center',
              lineHeight: lineHeightFor(fonts, 'title', SIZE.er, 32),
            }),
        ),
      },
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths,
          // pdfmake's row height is the content's, inside the padding.
          heights: (row: number) =>
            unitRows.has(row) ? CELL.rowHeight - 2 * CELL.paddingV - CELL.rule : undefined,
          body,
        },
        layout: {
          ...THIN_GRID,
          paddingLeft: () => CELL.padding,
          paddingRight: () => CELL.padding,
          paddingTop: () => CELL.paddingV,
          paddingBottom: () => CELL.paddingV,
        },
      },
    ],
  }
}

/** Text alignment per column: names and texts flush left, the score right, the rest centred. */
const ALIGN: Record<number, string> = {
  [COL.unit]: 'left',
  [COL.total]: 'right',
  [COL.people]: 'left',
  [COL.reason]: 'left',
}

/**
 * Kept rows break a little early rather than late: a rare character in another font can make
 * a line a little taller than the body font's.
 */
const KEEP_SLACK = 2

/** What pdfmake's `pageBreakBefore` learns of a node. */
interface PageNode {
  headlineLevel?: number
  startPosition: { top: number; pageInnerHeight: number }
}
