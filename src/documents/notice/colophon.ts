import type { FontSet } from '../fonts/font-set'
import { txt } from '../layout/text'
import { GRID, PAGE, SIZE, mm } from '../layout/units'
import { TextWrapper } from '../layout/wrap'

const THICK = mm(0.35)
const THIN = mm(0.25)
/** One 版记 item per line of the body's grid. */
const ROW = GRID.linePitch
const BOTTOM = PAGE.top + PAGE.blockHeight

/**
 * 版记 on the document's last side: an even page (the back of a sheet), after a blank page
 * when the 附件 end on an even page, its last rule on the 版心's bottom edge at 262 mm. 抄送
 * (4号, one character in each side, wrapped lines under the first name, ends with 。), a thin
 * rule, the 印发 organ and date; first and last rules 0.35 mm, the middle one 0.25 mm.
 *
 * Everything is placed absolutely from the bottom up: the rule's place is fixed by the
 * standard, not by how the flow above happens to end. The document's `pageBreakBefore` must
 * call `colophonPageBreak`.
 */
export function colophon(fonts: FontSet, cc: string[], printedBy: string, printDate: string) {
  const size = SIZE.si
  const f = fonts.resolved.primary.body.font
  const box = ((f.ascent - f.descent) / f.unitsPerEm) * size
  const style = { fontSize: size, characterSpacing: 0, lineHeight: 1 }
  const inRow = (rowTop: number) => rowTop + (ROW - box) / 2
  const left = PAGE.left + size
  const width = PAGE.blockWidth - 2 * size
  const at = (x: number, y: number) => ({ absolutePosition: { x, y } })
  const rule = (y: number, lineWidth: number) => ({
    ...at(PAGE.left, y),
    canvas: [
      { type: 'line', x1: 0, y1: 0, x2: PAGE.blockWidth, y2: 0, lineWidth, lineColor: '#000000' },
    ],
  })

  const items: object[] = [rule(BOTTOM, THICK)]
  items.push({
    ...at(left, inRow(BOTTOM - ROW)),
    columns: [
      txt(fonts, printedBy, 'body', { ...style, width: width / 2 }),
      txt(fonts, `${printDate}印发`, 'body', { ...style, alignment: 'right', width: width / 2 }),
    ],
  })
  let top = BOTTOM - ROW
  if (cc.length > 0) {
    const label = '抄送：'
    const labelWidth = new TextWrapper(fonts).width(label, fonts.family('body'), size)
    const names = fonts.wrapped(`${cc.join('，')}。`, 'body', style, width - labelWidth)
    const lines = Array.isArray(names.stack) ? names.stack.length : 1
    items.push(rule(top, THIN))
    top -= lines * ROW
    items.push({
      ...at(left, inRow(top)),
      columns: [
        txt(fonts, label, 'body', { ...style, width: labelWidth }),
        // Wrapped lines one row apart, aligned under the first name.
        { ...names, width: width - labelWidth, lineHeight: ROW / box },
      ],
    })
  }
  items.push(rule(top, THICK))
  return [
    // Breaks to a new (blank) page when the 附件 end on an even page: see colophonPageBreak.
    // pdfmake asks pageBreakBefore only of nodes with a drawn position: an empty, white,
    // zero-size rectangle gives the marker one and paints nothing.
    {
      id: COLOPHON_BLANK,
      canvas: [{ type: 'rect', x: 0, y: 0, w: 0, h: 0, color: '#FFFFFF' }],
    },
    { pageBreak: 'before', stack: items },
  ]
}

export const COLOPHON_BLANK = 'colophon-blank'

/**
 * pdfmake's `pageBreakBefore` for a document ending in `colophon`: the marker before the 版记
 * breaks to a new page when it stands on an even one. pdfmake asks once per node, after the
 * nodes before it are settled; `onBlank` hears whether a blank page went in.
 */
export function colophonPageBreak(
  node: { id?: string; startPosition: { pageNumber: number } },
  onBlank: (inserted: boolean) => void,
): boolean {
  if (node.id !== COLOPHON_BLANK) return false
  const inserted = node.startPosition.pageNumber % 2 === 0
  onBlank(inserted)
  return inserted
}
