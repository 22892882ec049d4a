import type { FontSet } from '../fonts/font-set'
import { lineHeightFor, rule } from '../layout/gongwen-page'
import { txt } from '../layout/text'
import { GRID, PAGE, RED, mm } from '../layout/units'

/**
 * 版头 of a joint issue: the two offices stacked and made equal in width, one 文件 to the
 * right centred on them, the 发文字号 two lines below, the red line 4 mm under it.
 */
export function noticeHeader(fonts: FontSet, offices: [string, string], docNumber: string) {
  const lens = offices.map((o) => [...o].length)
  const longest = Math.max(...lens)
  // Width left for the names after 文件 (two characters at 1.6× and a gap of one).
  const size = Math.min(30, PAGE.blockWidth / (longest + 2 * 1.6 + 1))
  const nameWidth = longest * size
  const lh = lineHeightFor(fonts, 'title', size, size * 1.35)
  // Equal width: each character centred in its own cell of the longest name's width
  // (pdfmake ignores letter spacing inside CJK text, so spacing cannot stretch the shorter one).
  const nameLines = offices.map((o) => {
    const chars = [...o]
    const cell = nameWidth / chars.length
    return {
      columns: chars.map((ch) => ({
        width: cell,
        ...txt(fonts, ch, 'title', {
          fontSize: size,
          lineHeight: lh,
          color: RED,
          alignment: 'center',
        }),
      })),
    }
  })
  const wenSize = size * 1.6
  const blockHeight = 2 * size * 1.35
  const wen = txt(fonts, '文件', 'title', {
    fontSize: wenSize,
    characterSpacing: 0,
    lineHeight: lineHeightFor(fonts, 'title', wenSize, wenSize * 1.1),
    color: RED,
    margin: [0, (blockHeight - wenSize * 1.1) / 2, 0, 0],
  })
  const totalWidth = nameWidth + size + 2 * wenSize
  const side = (PAGE.blockWidth - totalWidth) / 2
  return [
    {
      // The 标志's top edge sits 35 mm below the top of the 版心.
      margin: [side, mm(35) - size * 0.15, 0, 0],
      columns: [
        { width: nameWidth + size, stack: nameLines },

        { width: 2 * wenSize + 4, ...wen },
      ],
    },
    txt(fonts, docNumber, 'body', { alignment: 'center', margin: [0, GRID.linePitch * 2, 0, 0] }),
    rule(PAGE.blockWidth, mm(0.4), RED, [0, mm(4) - 6, 0, 0]),
  ]
}
