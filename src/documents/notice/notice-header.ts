import type { FontSet } from '../fonts/font-set'
import { inkExtent, lineHeightFor, rule } from '../layout/gongwen-page'
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
  // Equal width: the first character starts and the last one ends where the longest name's do,
  // the others evenly spread between (pdfmake ignores letter spacing inside CJK text, so
  // spacing cannot stretch the shorter one). Each character is one column.
  const nameLines = offices.map((o) => {
    const chars = [...o]
    const pitch = chars.length > 1 ? (nameWidth - size) / (chars.length - 1) : nameWidth
    return {
      columns: chars.map((ch, i) => ({
        width: i < chars.length - 1 ? pitch : size,
        ...txt(fonts, ch, 'title', {
          fontSize: size,
          lineHeight: lh,
          color: RED,
          alignment: chars.length > 1 ? 'left' : 'center',
        }),
      })),
    }
  })
  const wenSize = size * 1.6
  const wenPitch = wenSize * 1.1
  // Placed by ink, as GB/T 9704 measures: the first name's ink top 35 mm below the 版心's top,
  // 文件 centred on the ink of the two names.
  const first = inkExtent(fonts, 'title', offices[0], size)
  const second = inkExtent(fonts, 'title', offices[1], size)
  const namesMiddle = (first.top + size * 1.35 + second.bottom) / 2
  const wenInk = inkExtent(fonts, 'title', '文件', wenSize)
  const wen = txt(fonts, '文件', 'title', {
    fontSize: wenSize,
    characterSpacing: 0,
    lineHeight: lineHeightFor(fonts, 'title', wenSize, wenPitch),
    color: RED,
    margin: [0, namesMiddle - (wenInk.top + wenInk.bottom) / 2, 0, 0],
  })
  const totalWidth = nameWidth + size + 2 * wenSize
  const side = (PAGE.blockWidth - totalWidth) / 2
  const RED_LINE = mm(0.4)
  // The red line's ink top 4 mm under the 发文字号's ink (its 〔〕 reach lowest).
  const numberInk = inkExtent(fonts, 'body', docNumber, GRID.charPitch)
  const underNumber = numberInk.bottom + mm(4) + RED_LINE / 2 - GRID.linePitch
  return [
    {
      margin: [side, mm(35) - first.top, 0, 0],
      columns: [
        { width: nameWidth + size, stack: nameLines },

        { width: 2 * wenSize + 4, ...wen },
      ],
    },
    txt(fonts, docNumber, 'body', { alignment: 'center', margin: [0, GRID.linePitch * 2, 0, 0] }),
    rule(PAGE.blockWidth, RED_LINE, RED, [0, underNumber, 0, 0]),
  ]
}
