import type { FontSet } from '../fonts/font-set'
import { PAGE, SIZE } from '../layout/units'
import { columnWidths } from '../layout/wrap'
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

/** 序号 | 单位 | 得分 | 排名 | 备注; the header repeats on every page. */
export function rankingTable(fonts: FontSet, rows: RankedUnitRow[], size: number = SIZE.si) {
  const widths = [34, '*', 58, 84, 104] as const
  const grid = columnWidths(widths, BLOCK_WIDTH, { vLine: 0.5, paddingLeft: 4, paddingRight: 4 })
  const cell = (text: string, col: number, role: 'body' | 'hei', alignment = 'center') =>
    fonts.wrapped(text, role, { fontSize: size, lineHeight: 1.15, alignment }, grid.widths[col]!)
  const header = ['序号', '单位', '得分', '排名', '等次/备注'].map((h, i) => cell(h, i, 'hei'))
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
    layout: THIN_GRID,
  }
}
