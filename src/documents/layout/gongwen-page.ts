import type { FontSet } from '../fonts/font-set'
import { GRID, PAGE, SIZE, mm } from './units'

/** pdfmake's line box is (ascent − descent) × size × lineHeight: solve for a fixed pitch. */
export function lineHeightFor(
  fonts: FontSet,
  role: 'title' | 'body' | 'hei' | 'kai',
  size: number,
  pitch: number,
): number {
  const f = fonts.resolved.primary[role].font
  const box = ((f.ascent - f.descent) / f.unitsPerEm) * size
  return pitch / box
}

/**
 * Page frame of a 公文: A4, 版心 156 × 225 mm, 3号仿宋 on a 22-line grid, and page numbers
 * `— N —` 7 mm below the 版心, odd pages right and even pages left, one character in.
 * `numberless(page, count)` names pages that carry no number (the 版记 page).
 */
export function gongwenFrame(
  fonts: FontSet,
  numberless: (page: number, count: number) => boolean = () => false,
): Record<string, unknown> {
  return {
    pageSize: 'A4',
    pageMargins: [PAGE.left, PAGE.top, PAGE.right, PAGE.bottom],
    defaultStyle: {
      font: fonts.family('body'),
      fontSize: GRID.charPitch,
      lineHeight: lineHeightFor(fonts, 'body', GRID.charPitch, GRID.linePitch),
      color: '#000000',
    },
    footer: (page: number, count: number) =>
      numberless(page, count)
        ? null
        : {
            text: `— ${page} —`,
            font: fonts.family('body'),
            fontSize: SIZE.si,
            characterSpacing: 0,
            lineHeight: 1,
            alignment: page % 2 === 1 ? 'right' : 'left',
            margin: [PAGE.left + SIZE.si, mm(7) - 3, PAGE.right + SIZE.si, 0],
          },
  }
}

/** A horizontal rule across the 版心 (pdfmake canvas: drawn by us, never from imported text). */
export function rule(width: number, lineWidth: number, color: string, margin = [0, 0, 0, 0]) {
  return {
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth, lineColor: color }],
    margin,
  }
}
