import type { FontRole } from '../fonts/font-roles'
import type { FontSet } from '../fonts/font-set'
import type { LoadedFont } from '../fonts/resolve-fonts'
import { GRID, PAGE, SIZE, mm } from './units'

/** pdfmake's line box is (ascent − descent) × size × lineHeight: solve for a fixed pitch. */
export function lineHeightFor(fonts: FontSet, role: FontRole, size: number, pitch: number): number {
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
            font: fonts.family('song'),
            fontSize: SIZE.si,
            characterSpacing: 0,
            lineHeight: 1,
            alignment: page % 2 === 1 ? 'right' : 'left',
            margin: [PAGE.left + SIZE.si, mm(7) - dashDrop(fonts), PAGE.right + SIZE.si, 0],
          },
  }
}

/**
 * From the top of the page number's line box to the middle of its 一字线: GB/T 9704 measures
 * the dash, 7 mm below the 版心, not the text box (pdfkit puts the baseline `ascent` below
 * the box top).
 */
export function dashDrop(fonts: FontSet): number {
  const f = fonts.resolved.primary.song.font
  const dash = glyphBox(f, 0x2014)
  return ((f.ascent - (dash.minY + dash.maxY) / 2) / f.unitsPerEm) * SIZE.si
}

/** A horizontal rule across the 版心 (pdfmake canvas: drawn by us, never from imported text). */
export function rule(width: number, lineWidth: number, color: string, margin = [0, 0, 0, 0]) {
  return {
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth, lineColor: color }],
    margin,
  }
}

/**
 * Where the ink of `text` starts and ends below the top of its line box, in points: pdfkit
 * sets the baseline `ascent` below the box top, so a glyph's outline (its bbox) places the ink.
 * GB/T 9704 measures marks by their ink (the 标志's top edge, the gap above the red line).
 */
export function inkExtent(
  fonts: FontSet,
  role: FontRole,
  text: string,
  size: number,
): { top: number; bottom: number } {
  const f = fonts.resolved.primary[role].font
  let yMax = -Infinity
  let yMin = Infinity
  for (const ch of text) {
    if (/\s/.test(ch)) continue
    const b = glyphBox(f, ch.codePointAt(0)!)
    yMax = Math.max(yMax, b.maxY)
    yMin = Math.min(yMin, b.minY)
  }
  if (yMax === -Infinity) return { top: 0, bottom: 0 }
  const k = size / f.unitsPerEm
  return { top: (f.ascent - yMax) * k, bottom: (f.ascent - yMin) * k }
}

interface Box {
  minY: number
  maxY: number
}

/** A glyph's outline box in font units (fontkit computes it; the local typings omit it). */
function glyphBox(f: LoadedFont['font'], codePoint: number): Box {
  return (f.glyphForCodePoint(codePoint) as unknown as { bbox: Box }).bbox
}
