import { describe, expect, it } from 'vitest'
import { renderPdf } from '../../src/documents'
import { columnWidths } from '../../src/documents/layout/wrap'
import { txt } from '../../src/documents/layout/text'
import { readPdf, testFonts } from './pdf-reader'

const TEXTS = [
  '认真落实党政领导干部生态环境损害责任追究制度，年度内未发生重大环境事件',
  '佐证材料不完整，缺少会议纪要；台账记录不规范；部分任务未按时限完成（见附件）。',
  '“河长制”落实情况：2026年共巡河128次，PM2.5年均浓度31μg/m³，同比下降6.1%。',
  'A long English sentence with several words, wrapped at spaces like any other text.',
  'Supercalifragilisticexpialidocious0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  '第一行\n第二行很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长\n\n最后',
  '',
  '4.00',
  '  前面有空格，后面也有  ',
  '䒟鿏镇人民政府关于生态环境保护工作的情况报告',
  '一、（一）“十四五”规划：《条例》第3条、第4款；【附】〔2026〕5号——完成率100％。',
  '问题：①台账不全；②整改未完成！③“清废行动”未开展？……见附件1、附件2。',
]
const WIDTHS = [60, 97.5, 170]

/** Lines as a reader sees them: text items grouped by baseline, top to bottom. */
async function lines(doc: object): Promise<{ y: number; text: string; x: number }[]> {
  const pages = await readPdf(await renderPdf(doc, testFonts()))
  const out: { y: number; text: string; x: number }[] = []
  pages.forEach((p, n) => {
    const rows = new Map<number, { x: number; str: string }[]>()
    for (const it of p.items) {
      const y = Math.round((n * 1000 + it.bottom) * 100) / 100
      rows.set(y, [...(rows.get(y) ?? []), { x: it.x, str: it.str }])
    }
    for (const [y, items] of [...rows].sort((a, b) => a[0] - b[0])) {
      items.sort((a, b) => a.x - b.x)
      out.push({
        y,
        x: Math.round(items[0]!.x * 100) / 100,
        text: items.map((i) => i.str).join(''),
      })
    }
  })
  return out
}

function table(cells: object[], width: number) {
  return {
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 40],
    defaultStyle: { font: testFonts().family('body') },
    content: [
      {
        table: { widths: [width], body: cells.map((c) => [c]) },
        layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5 },
      },
    ],
  }
}

describe('text broken into lines before pdfmake sees it', () => {
  it('breaks, places and aligns every line exactly where pdfmake would', async () => {
    const fonts = testFonts()
    for (const width of WIDTHS)
      for (const alignment of ['left', 'center', 'right'])
        for (const [role, fontSize] of [
          ['body', 9],
          ['hei', 10.5],
        ] as const) {
          const style = { fontSize, lineHeight: 1.1, alignment }
          const plain = table(
            TEXTS.map((t) => txt(fonts, t, role, style)),
            width,
          )
          const wrapped = table(
            TEXTS.map((t) => fonts.wrapped(t, role, style, width)),
            width,
          )
          const [a, b] = [await lines(plain), await lines(wrapped)]
          expect(
            b.map((l) => l.text),
            `${width} ${alignment} ${role}`,
          ).toEqual(a.map((l) => l.text))
          b.forEach((l, i) => {
            expect(l.y).toBeCloseTo(a[i]!.y, 2)
            expect(l.x).toBeCloseTo(a[i]!.x, 2)
          })
        }
  }, 120_000)

  it('computes the column widths pdfmake gives a table with a star column', () => {
    const grid = columnWidths([30, '*', 170], 500, { vLine: 0.5, paddingLeft: 4, paddingRight: 4 })
    // 4 rules of 0.5 and 3 × 8 of padding leave 498 − 24 − 200 for the star column.
    expect(grid.widths).toEqual([30, 274, 170])
    expect(grid.span(0, 3)).toBe(30 + 274 + 170 + 2 * 8.5)
  })
})
