import type { FontSet } from '../fonts/font-set'
import { PAGE, SIZE } from '../layout/units'
import { TextWrapper, columnWidths } from '../layout/wrap'
import type { RankedUnitRow } from './notice-input'

/** Width pdfmake gives content inside the 版心 (its A4 is 595.28 pt wide, a hair over 210 mm). */
export const BLOCK_WIDTH = 595.28 - PAGE.left - PAGE.right

/** Thin 0.5 pt rules all round, as the practice for 公文 tables. */
export const THIN_GRID = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  paddingTop: () => 3,
  paddingBottom: () => 3,
}

const HEADER = ['序号', '单位', '得分', '排名', '备注'] as const
const PADDING = 4
/** Over a text's measured width, so float noise in pdfmake's sums never breaks its line. */
const SLACK = 0.5

/**
 * 序号 | 单位 | 得分 | 排名 | 备注; the header repeats on every page. Every column but 单位 is
 * as wide as its widest text (header included), so 单位 gets all the rest and a name stays on
 * one line wherever the 156 mm allow; cells are centred vertically, as Word does for 公文
 * tables.
 */
export function rankingTable(fonts: FontSet, rows: RankedUnitRow[]): object {
  // A name too long for one line at 4号 gets the table set in 小四, the practice for dense
  // tables, and one still too long in 五号 (about 24 characters fit); longer names wrap.
  let table = buildTable(fonts, rows, TABLE_SIZES[0])
  for (const size of TABLE_SIZES.slice(1)) {
    if (!table.table.body.some((row) => Array.isArray(row[1]?.stack))) break
    table = buildTable(fonts, rows, size)
  }
  return table
}

/** The ranking table's type sizes, largest first: 4号, 小四, 五号. */
const TABLE_SIZES = [SIZE.si, SIZE.xiaosi, SIZE.wu] as const

function buildTable(fonts: FontSet, rows: RankedUnitRow[], size: number) {
  const measure = new TextWrapper(fonts)
  const widest = (col: number, texts: string[]) =>
    Math.max(
      measure.width(HEADER[col]!, fonts.family('hei'), size),
      ...texts.map((t) =>
        fonts.runs(t, 'body').reduce((w, r) => w + measure.width(r.text, r.font, size), 0),
      ),
    ) + SLACK
  const widths = [
    widest(
      0,
      rows.map((_, i) => String(i + 1)),
    ),
    '*' as const,
    widest(
      2,
      rows.map((r) => r.total),
    ),
    widest(
      3,
      rows.map((r) => r.rank),
    ),
    widest(
      4,
      rows.map((r) => r.remark),
    ),
  ]
  const layout = { vLine: 0.5, paddingLeft: PADDING, paddingRight: PADDING }
  // Room to spare once the longest name fits on one line goes first to the narrow columns,
  // up to a character each, so their text does not touch the rules.
  const longest = widest(
    1,
    rows.map((r) => r.name),
  )
  const spare = columnWidths(widths, BLOCK_WIDTH, layout).widths[1]! - longest
  const extra = Math.max(0, Math.min(size, spare / 4))
  for (const i of [0, 2, 3, 4]) widths[i] = (widths[i] as number) + extra
  const grid = columnWidths(widths, BLOCK_WIDTH, layout)
  // 五号 keeps 小四's line pitch: the type shrinks to fit a long name, the rows stay as tall.
  const lineHeight = 1.15 * Math.max(1, SIZE.xiaosi / size)
  const cell = (text: string, col: number, role: 'body' | 'hei', alignment = 'center') =>
    fonts.wrapped(
      text,
      role,
      { fontSize: size, lineHeight, alignment, verticalAlignment: 'middle' },
      grid.widths[col]!,
    )
  const header = HEADER.map((h, i) => cell(h, i, 'hei'))
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      body: [
        header,
        ...rows.map((r, i) => [
          cell(String(i + 1), 0, 'body'),
          cell(r.name, 1, 'body', 'left'),
          cell(r.total, 2, 'body', 'right'),
          cell(r.rank, 3, 'body'),
          cell(r.remark, 4, 'body', 'left'),
        ]),
      ],
    },
    layout: { ...THIN_GRID, paddingLeft: () => PADDING, paddingRight: () => PADDING },
  }
}
