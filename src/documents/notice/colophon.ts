import type { FontSet } from '../fonts/font-set'
import { lineHeightFor, rule } from '../layout/gongwen-page'
import { txt } from '../layout/text'
import { PAGE, SIZE, mm } from '../layout/units'

const PITCH = 24
const THICK = mm(0.35)
const THIN = mm(0.25)

/**
 * 版记 on its own last page, its last line on the bottom edge of the 版心: 抄送 (4号, one
 * character in each side, ends with 。), a thin line, then the 印发 organ and date.
 */
export function colophon(fonts: FontSet, cc: string[], printedBy: string, printDate: string) {
  const ccText = cc.length ? `抄送：${cc.join('，')}。` : ''
  const usable = PAGE.blockWidth - 2 * SIZE.si
  const ccLines = ccText ? Math.ceil(([...ccText].length * SIZE.si) / usable) : 0
  const height = THICK + ccLines * (PITCH + 6) + (ccLines ? THIN : 0) + PITCH + 6 + THICK
  const line4 = {
    fontSize: SIZE.si,
    characterSpacing: 0,
    lineHeight: lineHeightFor(fonts, 'body', SIZE.si, PITCH),
  }
  const items: object[] = [rule(PAGE.blockWidth, THICK, '#000000')]
  if (ccText) {
    items.push(txt(fonts, ccText, 'body', { ...line4, margin: [SIZE.si, 4, SIZE.si, 2] }))
    items.push(rule(PAGE.blockWidth, THIN, '#000000'))
  }
  items.push({
    margin: [SIZE.si, 4, SIZE.si, 2],
    columns: [
      txt(fonts, printedBy, 'body', line4),
      txt(fonts, `${printDate}印发`, 'body', { ...line4, alignment: 'right' }),
    ],
  })
  items.push(rule(PAGE.blockWidth, THICK, '#000000'))
  // Flow, not absolute position: the top margin puts the last rule on the 版心's bottom edge.
  return [{ pageBreak: 'before', margin: [0, PAGE.blockHeight - height - 2, 0, 0], stack: items }]
}
