import type { FontSet } from '../fonts/font-set'
import { txt } from '../layout/text'
import { SIZE } from '../layout/units'
import type { RankedUnitRow } from './notice-input'

/** Thin 0.5 pt rules all round, as the practice for 公文 tables. */
export const THIN_GRID = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  paddingTop: () => 3,
  paddingBottom: () => 3,
}

/** 序号 | 单位 | 得分 | 排名 | 备注; the header repeats on every page. */
export function rankingTable(fonts: FontSet, rows: RankedUnitRow[], size: number = SIZE.si) {
  const cell = (text: string, role: 'body' | 'hei', alignment = 'center') =>
    txt(fonts, text, role, { fontSize: size, lineHeight: 1.15, characterSpacing: 0, alignment })
  const header = ['序号', '单位', '得分', '排名', '等次/备注'].map((h) => cell(h, 'hei'))
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [34, '*', 58, 84, 104],
      body: [
        header,
        ...rows.map((r, i) => [
          cell(String(i + 1), 'body'),
          cell(r.name, 'body', 'left'),
          cell(r.total, 'body', 'right'),
          cell(r.rank, 'body'),
          cell(r.remark, 'body', 'left'),
        ]),
      ],
    },
    layout: THIN_GRID,
  }
}
