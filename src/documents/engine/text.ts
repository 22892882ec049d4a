/**
 * Exact fast paths for pdfkit's text drawing, for the Node side (pdfkit from node_modules) and
 * the app's PDF worker (the pdfkit inside pdfmake's browser bundle), both applied by
 * install.ts; tests/documents/pdfkit-text.test.ts holds the output to pdfkit's own.
 */

import { firstTime } from './mark'

/** pdfkit's PDFObject.number: how every coordinate is written into a stream. */
function num(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6
  throw new Error(`unsupported number: ${n}`)
}

interface Position {
  xAdvance: number
  advanceWidth: number
  xOffset?: number
  yOffset?: number
}

interface TextFont {
  id: string
  ascender: number
  encode(text: string, features?: unknown): [string[], Position[]]
  ref(): unknown
  layout(text: string, features: unknown, onlyWidth: boolean): { advanceWidth: number }
  layoutCached(text: string): unknown
  /** What this font writes for a text, by text (see Shown). */
  _shown?: Map<string, Shown | null>
}

/**
 * One text as a font writes it: its TJ operator (null when it has no glyphs) and its advance
 * in the font's 1000-unit scale. Depends only on the font and the text, not on size or place,
 * as long as no glyph is offset (for such a text the font keeps null: see shownBy).
 */
interface Shown {
  tj: string | null
  advance: number
}

interface TextDoc {
  x: number
  y: number
  _font: TextFont
  _fontSize: number
  _textOptions: unknown
  _ctm: number[]
  _ctmStack: number[][]
  page: { height: number; fonts: Record<string, unknown> }
  addContent(data: string): unknown
  text(text: unknown, x?: unknown, y?: unknown, options?: unknown): unknown
  transform(a: number, b: number, c: number, d: number, e: number, f: number): unknown
  _doOpacity(fill: unknown, stroke: unknown): unknown
  _opacityRegistry: Record<string, [unknown, string] | undefined>
  /** The last opacity operator and what it was for (see restatePdfkitText). */
  _lastOpacity?: { fill: unknown; stroke: unknown; page: unknown; op: string }
}

/**
 * The options of a piece of text that the restated path handles: pdfmake's renderLine passes
 * lineBreak, textWidth, characterSpacing, wordCount and link. Anything else (a width to wrap
 * or align in, spacing, scaling, a link or destination, decoration, slant, rotation, a
 * baseline, features, stroked text, structure) takes pdfkit's own path.
 */
const HANDLED = new Set(['lineBreak', 'textWidth', 'characterSpacing', 'wordCount', 'link'])

function plainOptions(options: unknown): boolean {
  if (typeof options !== 'object' || options === null) return false
  const o = options as Record<string, unknown>
  for (const key in o) if (!HANDLED.has(key) && o[key] !== undefined) return false
  return o.lineBreak === false && !o.characterSpacing && o.link == null
}

/**
 * The TJ operator pdfkit's _fragment writes for a text without wordSpacing, character
 * spacing or offset glyphs, and the text's advance; null when a glyph is offset (its
 * position depends on where the text is placed). Encoding puts the glyphs into the font's
 * subset, as pdfkit's own call does; later calls for the same text would only repeat it.
 */
function shownBy(font: TextFont, text: string): Shown | null {
  const [encoded, positions] = font.encode(text)
  const commands: string[] = []
  let last = 0
  const addSegment = (cur: number) => {
    if (last < cur) {
      const p = positions[cur - 1]!
      commands.push(`<${encoded.slice(last, cur).join('')}> ${num(-(p.xAdvance - p.advanceWidth))}`)
    }
    last = cur
  }
  for (let i = 0; i < positions.length; i++) {
    const pos = positions[i]!
    if (pos.xOffset || pos.yOffset) return null
    if (pos.xAdvance - pos.advanceWidth !== 0) addSegment(i + 1)
  }
  addSegment(positions.length)
  // The advance pdfkit's widthOfString sums: the same pieces' advances in the same order.
  const advance = font.layout(text, undefined, true).advanceWidth
  return { tj: commands.length > 0 ? `[${commands.join(' ')}] TJ` : null, advance }
}

/**
 * pdfmake draws every line of text piece by piece, each piece through pdfkit's text(): option
 * objects, the glyphs shaped and encoded again, the TJ operator rebuilt number by number, the
 * width measured again. In the 评分表 of 100 units the same texts (item titles, scores like
 * 3.00, reasons) come back thousands of times in the same font. Here a plain piece (see
 * HANDLED) is written from what its font wrote for that text the first time: the same
 * operators in the same order, the same glyphs in the subset, the same pen position after.
 * Any other piece, and a text with offset glyphs, takes pdfkit's own path.
 *
 * Also restated, for every caller: transform() writes its numbers without an array and a join
 * per call, and _doOpacity() repeats its last operator without rebuilding its registry key
 * while the opacity and the page stay the same.
 *
 * `proto` is pdfkit's PDFDocument.prototype; a prototype already changed is left alone.
 */
export function restatePdfkitText(proto: object): boolean {
  const p = proto as TextDoc
  const { text, transform, _doOpacity } = p
  if (typeof text !== 'function' || typeof transform !== 'function') return false
  if (typeof _doOpacity !== 'function') return false
  if (!firstTime(proto, 'pdfkit-text')) return true
  p.transform = function (m11, m12, m21, m22, dx, dy) {
    if (m11 === 1 && m12 === 0 && m21 === 0 && m22 === 1 && dx === 0 && dy === 0) return this
    const m = this._ctm
    const m0 = m[0]!,
      m1 = m[1]!,
      m2 = m[2]!,
      m3 = m[3]!,
      m4 = m[4]!,
      m5 = m[5]!
    m[0] = m0 * m11 + m2 * m12
    m[1] = m1 * m11 + m3 * m12
    m[2] = m0 * m21 + m2 * m22
    m[3] = m1 * m21 + m3 * m22
    m[4] = m0 * dx + m2 * dy + m4
    m[5] = m1 * dx + m3 * dy + m5
    return this.addContent(
      `${num(m11)} ${num(m12)} ${num(m21)} ${num(m22)} ${num(dx)} ${num(dy)} cm`,
    )
  }

  p._doOpacity = function (fill, stroke) {
    const last = this._lastOpacity
    if (last && last.fill === fill && last.stroke === stroke && last.page === this.page)
      return this.addContent(last.op)
    const result = _doOpacity.call(this, fill, stroke)
    if (fill == null && stroke == null) return result
    // The state pdfkit registered (on this page) and named: found by its own key.
    const clamp = (o: unknown) => (o != null ? Math.max(0, Math.min(1, o as number)) : o)
    const entry = this._opacityRegistry[`${clamp(fill)}_${clamp(stroke)}`]
    this._lastOpacity = entry && { fill, stroke, page: this.page, op: `/${entry[1]} gs` }
    return result
  }

  p.text = function (t, x, y, options) {
    if (
      typeof t !== 'string' ||
      typeof x !== 'number' ||
      typeof y !== 'number' ||
      this._textOptions ||
      t.includes('\n') ||
      !plainOptions(options) ||
      // An embedded font (pdfkit's standard fonts measure and encode differently).
      typeof (this._font as Partial<TextFont> | null)?.layoutCached !== 'function'
    )
      return text.call(this, t, x, y, options)
    const font = this._font
    const cache = (font._shown ??= new Map())
    let shown = cache.get(t)
    if (shown === undefined) {
      shown = t.length === 0 ? { tj: null, advance: 0 } : shownBy(font, t)
      cache.set(t, shown)
    }
    if (shown === null) return text.call(this, t, x, y, options)
    this.x = x
    this.y = y
    if (t.length > 0) {
      // _fragment for a left-aligned piece on pdfkit's default baseline (the ascender).
      const size = this._fontSize
      const dy = (font.ascender / 1000) * size
      this._ctmStack.push(this._ctm.slice())
      this.addContent('q')
      const height = this.page.height
      this.transform(1, 0, 0, -1, 0, height)
      const baseline = height - y - dy
      if (this.page.fonts[font.id] == null) this.page.fonts[font.id] = font.ref()
      this.addContent('BT')
      this.addContent(`1 0 0 1 ${num(x)} ${num(baseline)} Tm`)
      this.addContent(`/${font.id} ${num(size)} Tf`)
      if (shown.tj !== null) this.addContent(shown.tj)
      this.addContent('ET')
      this._ctm = this._ctmStack.pop() || [1, 0, 0, 1, 0, 0]
      this.addContent('Q')
    }
    // _line: the pen moves on by the text's width (widthOfString, no spacing or scaling).
    this.x += ((shown.advance * (this._fontSize / 1000) + 0 * (t.length - 1)) * 100) / 100
    return this
  }
  return true
}
