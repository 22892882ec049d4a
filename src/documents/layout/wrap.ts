import LineBreaker from 'linebreak'
import type { FontSet, TextRun } from '../fonts/font-set'
import type { FontRole } from '../fonts/font-roles'

/**
 * pdfmake breaks CJK text at every character (UAX #14 allows a break between two ideographs)
 * and then measures, lays out and draws each character as an inline of its own: the 评分表 of
 * 100 units became some 200 000 text objects, most of the time of the whole document set.
 * For text in a box of known width that is not justified, this does pdfmake's greedy line
 * breaking up front — the same break opportunities (the same `linebreak` library), the same
 * glyph advances (the same fonts, summed as pdfkit sums them) and the same fitting rule as
 * pdfmake's `buildNextLine` — and hands pdfmake each line as a few unbreakable inlines.
 * The page comes out the same; pdfmake just has a few runs per line to place instead of every
 * character.
 */

interface Inline {
  text: string
  font: string
  width: number
  leadingCut: number
  trailingCut: number
  /** The next inline belongs to the same word (a font change inside a word). */
  noNewLine: boolean
  lineEnd: boolean
}

const LEADING = /^\s+/
const TRAILING = /\s+$/
const NEWLINE = /\r?\n$|\r$/
const LINE_END = /[\r\n]/
/** Room for the last bits of floating-point noise when pdfmake re-adds our widths. */
const EPSILON = 1e-6

export class TextWrapper {
  /** Advance of a space-free piece in pdfkit's 1000-unit scale, per font family. */
  private readonly advances = new Map<string, Map<string, number>>()
  /**
   * Lines per box (role, size and width) and text: item titles repeat on every unit's 评分表.
   * Nested maps, not one joined key: turning each cell's width (a float) into a key string
   * cost more than finding its lines.
   */
  private readonly broken = new Map<FontRole, Map<number, Map<number, Map<string, TextRun[][]>>>>()

  constructor(private readonly fonts: FontSet) {}

  /**
   * A text node for `text` in `role` that pdfmake lays out exactly as it would the plain node,
   * for a box `width` points wide. `style` must not justify or indent the first line: both
   * need pdfmake's own per-character inlines.
   */
  node(
    text: string,
    role: FontRole,
    style: Record<string, unknown>,
    width: number,
  ): Record<string, unknown> {
    const fontSize = style.fontSize
    if (typeof fontSize !== 'number') throw new Error('wrapped text needs a numeric fontSize')
    if (style.alignment === 'justify' || style.leadingIndent || style.characterSpacing)
      throw new Error('wrapped text cannot be justified, indented or letter-spaced')
    const primary = this.fonts.family(role)
    const box = this.box(role, fontSize, width)
    let lines = box.get(text)
    if (!lines) {
      const runs = this.fonts.runs(text, role)
      // Text in one font, without a line end, that fits the box is one line as it stands: no
      // need to find its break opportunities (a page number differs on every page, so its key
      // is never found in the cache).
      lines =
        runs.length === 1 &&
        !LINE_END.test(text) &&
        this.width(text, runs[0]!.font, fontSize) <= width
          ? [runs]
          : this.lines(runs.length ? runs : [{ text: '', font: primary }], fontSize, width)
      box.set(text, lines)
    }
    // The style sits on the outer node: a stack passes it on to its lines.
    if (lines.length === 1)
      return { ...style, font: primary, noWrap: true, text: lineContent(lines[0]!, primary) }
    const stack: { text: string | TextRun[] }[] = []
    for (const line of lines) stack.push({ text: lineContent(line, primary) })
    return { ...style, font: primary, noWrap: true, stack }
  }

  /** The cache of lines for one role, size and width. */
  private box(role: FontRole, size: number, width: number): Map<string, TextRun[][]> {
    let bySize = this.broken.get(role)
    if (!bySize) this.broken.set(role, (bySize = new Map()))
    let byWidth = bySize.get(size)
    if (!byWidth) bySize.set(size, (byWidth = new Map()))
    let byText = byWidth.get(width)
    if (!byText) byWidth.set(width, (byText = new Map()))
    return byText
  }

  /** The lines pdfmake would make of these runs (at least one) at this size and width. */
  lines(runs: TextRun[], size: number, maxWidth: number): TextRun[][] {
    const queue = this.inlines(runs, size)
    const lines: TextRun[][] = []
    // pdfmake's LayoutBuilder.buildNextLine, without what our documents never use.
    while (queue.length > 0) {
      const line: Inline[] = []
      let widths = 0
      let leadingCut = 0
      let trailingCut = 0
      let forceContinue = false
      while (
        queue.length > 0 &&
        (forceContinue || fits(line, widths, leadingCut, queue, maxWidth))
      ) {
        let inline = queue.shift()!
        let hardWrap = false
        const available = maxWidth - (widths - leadingCut - trailingCut)
        if (inline.text.length > 1 && inline.width > available) {
          const n = this.maxFit(inline, available, size)
          if (n < inline.text.length) {
            const rest = { ...inline, text: inline.text.slice(n) }
            rest.width = this.width(rest.text, rest.font, size)
            inline = { ...inline, text: inline.text.slice(0, n) }
            inline.width = this.width(inline.text, inline.font, size)
            queue.unshift(rest)
            hardWrap = true
          }
        }
        if (line.length === 0) leadingCut = inline.leadingCut
        trailingCut = inline.trailingCut
        line.push(inline)
        widths += inline.width
        forceContinue = inline.noNewLine && !hardWrap
        if (inline.lineEnd) break
      }
      lines.push(merge(line))
    }
    return lines
  }

  /** Words (break opportunities of the whole text) cut where the font changes, as pdfmake sees them. */
  private inlines(runs: TextRun[], size: number): Inline[] {
    const text = runs.map((r) => r.text).join('')
    const fontAt: string[] = []
    for (const r of runs) for (let i = 0; i < r.text.length; i++) fontAt.push(r.font)
    const out: Inline[] = []
    if (text === '') {
      out.push(this.inline('', runs[0]!.font, size, false, false))
      return out
    }
    const breaker = new LineBreaker(text)
    let last = 0
    for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
      let word = text.slice(last, bk.position)
      const lineEnd = bk.required || NEWLINE.test(word)
      if (lineEnd) word = word.replace(NEWLINE, '')
      // Split the word where its font changes; the pieces stay on one line together.
      let start = last
      const end = last + word.length
      if (word === '')
        out.push(this.inline('', fontAt[Math.min(last, fontAt.length - 1)]!, size, false, lineEnd))
      while (start < end) {
        let stop = start + 1
        while (stop < end && fontAt[stop] === fontAt[start]) stop++
        const piece = text.slice(start, stop)
        out.push(this.inline(piece, fontAt[start]!, size, stop < end, lineEnd && stop >= end))
        start = stop
      }
      last = bk.position
    }
    return out
  }

  /** One inline as pdfmake's TextInlines.measure sizes it (spaces at either end cut). */
  private inline(
    text: string,
    font: string,
    size: number,
    noNewLine: boolean,
    lineEnd: boolean,
  ): Inline {
    const lead = LEADING.exec(text)
    const trail = TRAILING.exec(text)
    return {
      text,
      font,
      width: this.width(text, font, size),
      leadingCut: lead ? this.width(lead[0], font, size) : 0,
      trailingCut: trail ? this.width(trail[0], font, size) : 0,
      noNewLine,
      lineEnd,
    }
  }

  /** pdfkit's width of a string: space-separated pieces laid out by fontkit, scaled to 1000. */
  width(s: string, family: string, size: number): number {
    let cache = this.advances.get(family)
    if (!cache) this.advances.set(family, (cache = new Map()))
    let total = 0
    let last = 0
    for (let i = 0; i <= s.length; i++) {
      if (i === s.length ? last < i : s[i] === ' ' || s[i] === '\t') {
        const piece = s.slice(last, i + 1)
        let w = cache.get(piece)
        if (w === undefined) {
          w = this.advance(piece, family)
          cache.set(piece, w)
        }
        total += w
        last = i + 1
      }
    }
    return total * (size / 1000)
  }

  private advance(piece: string, family: string): number {
    const font = this.fonts.resolved.fonts.find((f) => f.family === family)?.font
    if (!font) throw new Error(`unknown font family ${family}`)
    const scale = 1000 / font.unitsPerEm
    const cp = piece.codePointAt(0)!
    // A lone ideograph: no default OpenType feature changes its advance, and shaping it through
    // fontkit's full layout (GSUB, GPOS) costs a third of a millisecond per character.
    if (piece.length <= 2 && [...piece].length === 1 && isIdeograph(cp))
      return font.glyphForCodePoint(cp).advanceWidth * scale
    let w = 0
    for (const p of font.layout(piece).positions) w += p.xAdvance * scale
    return w
  }

  /** pdfmake's hard wrap of a word wider than the line: the longest prefix that fits. */
  private maxFit(inline: Inline, maxWidth: number, size: number): number {
    let low = 1
    let high = inline.text.length
    let best = 1
    while (low <= high) {
      const mid = Math.floor((low + high) / 2)
      if (this.width(inline.text.slice(0, mid), inline.font, size) <= maxWidth) {
        best = mid
        low = mid + 1
      } else high = mid - 1
    }
    return best
  }
}

/**
 * A line for pdfmake: its text when it is all in the node's font, else its runs. Fresh objects
 * for every node, since pdfmake writes its layout state into the nodes it gets. (A function of
 * its own rather than a closure per node: one text node per table cell, tens of thousands.)
 */
function lineContent(line: TextRun[], primary: string): string | TextRun[] {
  if (line.length === 1 && line[0]!.font === primary) return line[0]!.text
  return line.map((r) => ({ ...r }))
}

/** CJK Unified Ideographs and their extensions and compatibility block. */
function isIdeograph(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  )
}

/** pdfmake's Line.hasEnoughSpaceForInline. */
function fits(
  line: Inline[],
  widths: number,
  leadingCut: number,
  queue: Inline[],
  maxWidth: number,
): boolean {
  if (line.length === 0) return true
  if (line[line.length - 1]!.lineEnd) return false
  const inline = queue[0]!
  let width = inline.width
  let trailingCut = inline.trailingCut
  if (inline.noNewLine)
    for (let i = 1; i < queue.length; i++) {
      width += queue[i]!.width
      trailingCut += queue[i]!.trailingCut
      if (!queue[i]!.noNewLine) break
    }
  return widths + width - leadingCut - trailingCut <= maxWidth - EPSILON
}

/**
 * The inlines of a line for pdfmake. Two neighbouring words are joined where both characters
 * at the seam are CJK (ideographs, CJK and full-width punctuation): fonts do not kern such
 * pairs, so the joined run is exactly as wide. Elsewhere (，P or 31μg) a font may kern, and
 * pdfmake measured and drew every word on its own: those words stay separate inlines.
 */
function merge(line: Inline[]): TextRun[] {
  const runs: TextRun[] = []
  for (const i of line) {
    const last = runs[runs.length - 1]
    if (
      last &&
      last.font === i.font &&
      isCjk(lastCodePoint(last.text)) &&
      isCjk(i.text.codePointAt(0))
    )
      last.text += i.text
    else runs.push({ text: i.text, font: i.font })
  }
  return runs
}

function lastCodePoint(s: string): number | undefined {
  const c = s.charCodeAt(s.length - 1)
  return c >= 0xdc00 && c <= 0xdfff ? s.codePointAt(s.length - 2) : s.codePointAt(s.length - 1)
}

/** Ideographs, CJK symbols and punctuation (、。「」〔〕), full-width forms (，；：（）). */
function isCjk(cp: number | undefined): boolean {
  if (cp === undefined || cp === 0x3000) return false
  return (
    isIdeograph(cp) ||
    (cp >= 0x3000 && cp <= 0x303f) ||
    (cp >= 0xff01 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6)
  )
}

/** Lines and padding of a table layout, the same for every column. */
export interface GridLayout {
  vLine: number
  paddingLeft: number
  paddingRight: number
}

/**
 * Content widths of a table's columns as pdfmake computes them: fixed widths as given, the
 * star columns sharing what is left of `available` after the rules and padding; `span` is the
 * content width of a cell spanning columns `col`…`col + n - 1`.
 */
export function columnWidths(
  widths: readonly (number | '*')[],
  available: number,
  g: GridLayout,
): { widths: number[]; span(col: number, n: number): number } {
  const gaps: number[] = []
  let total = 0
  widths.forEach((_, i) => {
    const gap = (i === 0 ? 0 : g.paddingRight) + g.vLine + g.paddingLeft
    gaps.push(gap)
    total += gap
  })
  total += g.paddingRight + g.vLine
  let rest = available - total
  for (const w of widths) if (w !== '*') rest -= w
  const star = rest / widths.filter((w) => w === '*').length
  const out = widths.map((w) => (w === '*' ? star : w))
  return {
    widths: out,
    span(col, n) {
      let w = out[col]!
      for (let i = col + 1; i < col + n; i++) w += out[i]! + gaps[i]!
      return w
    },
  }
}
