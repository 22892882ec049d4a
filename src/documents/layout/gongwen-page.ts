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
 * Landscape A4 for a 横排表格 (GB/T 9704 10.2): the portrait page turned a quarter clockwise to
 * be read, its 版心 the same 225 × 156 mm on its side. The portrait page's 天头 (37 mm) is now
 * on the right, its 订口 (28 mm) at the top, its foot (35 mm) on the left, so the table's head
 * lies at the binding edge of an odd page and at the outer edge of an even one.
 */
export const LANDSCAPE = {
  left: mm(297 - 37 - 225),
  top: mm(28),
  right: mm(37),
  bottom: mm(210 - 28 - 156),
} as const

/** The part of pdfkit's document that drawOnPages uses (pdfmake's PDFDocument extends it). */
export interface DrawnPages {
  bufferedPageRange(): { start: number; count: number }
  switchToPage(page: number): void
  provideFont(family: string, bold: boolean, italics: boolean): unknown
  _font: unknown
  save(): unknown
  restore(): unknown
  rotate(angle: number, options: { origin: [number, number] }): unknown
  fontSize(size: number): unknown
  fillColor(color: string): unknown
  widthOfString(text: string): number
  text(text: string, x: number, y: number, options: { lineBreak: boolean }): unknown
}

/**
 * Page frame of a landscape table in a 公文: the landscape page with the 版心 of LANDSCAPE.
 * GB/T 9704 keeps the page number where it is on the portrait pages: on the long edge that is
 * the portrait page's foot (left here), 7 mm from the 版心, printed upright for the portrait
 * reader, so it runs down the page; odd pages one character from the portrait right (the
 * landscape bottom), even pages one character from the portrait left (the landscape top).
 * pdfmake cannot turn text, so `drawOnPages` (called by renderPdf once all pages are laid out)
 * draws the numbers with pdfkit.
 */
export function landscapeFrame(fonts: FontSet): Record<string, unknown> {
  const portrait = gongwenFrame(fonts)
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [LANDSCAPE.left, LANDSCAPE.top, LANDSCAPE.right, LANDSCAPE.bottom],
    defaultStyle: portrait.defaultStyle,
    drawOnPages: (pdf: DrawnPages) => {
      const { start, count } = pdf.bufferedPageRange()
      for (let i = start; i < start + count; i++) {
        const n = i + 1
        const text = `— ${n} —`
        pdf.switchToPage(i)
        pdf.save()
        pdf._font = pdf.provideFont(fonts.family('song'), false, false)
        pdf.fontSize(SIZE.si)
        pdf.fillColor('#000000')
        const width = pdf.widthOfString(text)
        // The line box's top faces right (the portrait top); the dash's middle is dashDrop
        // below it, 7 mm left of the 版心.
        const x = LANDSCAPE.left - mm(7) + dashDrop(fonts)
        const y =
          n % 2 === 1 ? LANDSCAPE.top + PAGE.blockWidth - SIZE.si - width : LANDSCAPE.top + SIZE.si
        pdf.rotate(90, { origin: [x, y] })
        pdf.text(text, x, y, { lineBreak: false })
        pdf.restore()
      }
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
