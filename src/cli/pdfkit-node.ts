import { createRequire } from 'node:module'
import { deflateSync } from 'node:zlib'

const require = createRequire(import.meta.url)

/**
 * zlib level for PDF streams. pdfkit deflates at zlib's default (6): for the 评分表 of a
 * 100-unit year (8 MB of page content) that took ~0.35 s of a 3 s budget; level 1 takes a
 * sixth of it for files about a fifth larger (1.05 → 1.25 MB). The pages are the same.
 */
export const PDF_DEFLATE_LEVEL = 1

interface StreamRef {
  compress: boolean
  buffer: Uint8Array[]
  uncompressedLength: number
  data: { Length?: number; Filter?: string }
  write(chunk: unknown): void
  finalize(): void
  /** Operators written since the last binary chunk, each without its line end. */
  _pending?: string[]
}

let installed = false
/**
 * Two costs of pdfkit's stream objects in Node, the pdfkit pdfmake uses (one copy in
 * node_modules). Every drawing operator (some 16 per piece of text, 11 per table rule: about
 * half a million for the 评分表) became a Buffer of its own, concatenated per page: a fifth
 * of the drawing time. Here a stream's operators are kept as a list of strings, joined and
 * turned into bytes once — the same bytes (pdfkit writes them as 'binary', one byte per char).
 * (Appending each operator to one string instead left a rope of half a million pieces for
 * Buffer.from to flatten.)
 * And streams are deflated at PDF_DEFLATE_LEVEL.
 */
export function speedUpPdfkit(): void {
  if (installed) return
  installed = true
  const PDFDocument = require('pdfkit') as new (options: object) => { ref(): StreamRef }
  const proto = Object.getPrototypeOf(new PDFDocument({ autoFirstPage: false }).ref()) as StreamRef
  const { write, finalize } = proto
  if (typeof write !== 'function' || typeof finalize !== 'function') return
  const flush = (ref: StreamRef) => {
    const pending = ref._pending
    if (pending && pending.length > 0)
      ref.buffer.push(Buffer.from(`${pending.join('\n')}\n`, 'latin1'))
    ref._pending = []
  }
  proto.write = function (chunk) {
    if (chunk instanceof Uint8Array) {
      flush(this)
      write.call(this, chunk)
      return
    }
    // What pdfkit's write does for a string (the operator and its line end), minus the Buffer.
    const s = String(chunk)
    ;(this._pending ??= []).push(s)
    this.uncompressedLength += s.length + 1
    this.data.Length = (this.data.Length ?? 0) + s.length + 1
    if (this.compress) this.data.Filter = 'FlateDecode'
  }
  proto.finalize = function () {
    flush(this)
    if (this.compress && this.buffer.length) {
      // Deflated here; pdfkit's finalize then only writes it out (Filter is already set).
      this.buffer = [deflateSync(Buffer.concat(this.buffer), { level: PDF_DEFLATE_LEVEL })]
      this.compress = false
    }
    finalize.call(this)
  }
  speedUpPlainColors(PDFDocument.prototype as unknown as ColorOwner)
}

interface ColorOwner {
  _normalizeColor(color: unknown): unknown
  _setColorCore(color: unknown, stroke: boolean): boolean
  _setColorSpace(space: string, stroke: boolean): unknown
  addContent(data: string): unknown
}

/**
 * pdfmake sets the colour before every piece of text and every table rule, by name ('black')
 * or hex ('#f2f2f2'), and pdfkit turned the name into a fresh array of fractions and joined it
 * into the operator each time. A named or hex colour always gives the same operators (spot
 * colours, which depend on the document, are looked up only for other names), so those are
 * made once per colour; everything else takes pdfkit's own path. Part of speedUpPdfkit.
 */
function speedUpPlainColors(proto: ColorOwner): void {
  const setColorCore = proto._setColorCore
  const normalize = proto._normalizeColor
  if (typeof setColorCore !== 'function' || typeof normalize !== 'function') return
  const plain = new Map<string, { space: string; values: string }>()
  proto._setColorCore = function (color, stroke) {
    if (typeof color !== 'string') return setColorCore.call(this, color, stroke)
    let known = plain.get(color)
    if (known === undefined) {
      const normalized = normalize.call(this, color)
      // A string comes back as an array only by hex or name, which pdfkit tries before the
      // document's spot colours; a spot colour or an unknown name takes pdfkit's own path.
      if (!Array.isArray(normalized)) return setColorCore.call(this, color, stroke)
      known = {
        space: normalized.length === 4 ? 'DeviceCMYK' : 'DeviceRGB',
        values: (normalized as number[]).join(' '),
      }
      plain.set(color, known)
    }
    this._setColorSpace(known.space, stroke)
    this.addContent(`${known.values} ${stroke ? 'SCN' : 'scn'}`)
    return true
  }
}

interface Run {
  glyphs: unknown[]
  positions: unknown[]
  advanceWidth: number
}

interface EmbeddedFontProto {
  layout(text: string, features?: unknown, onlyWidth?: boolean): Partial<Run>
  layoutRun(text: string, features: unknown): Run
  layoutCached(text: string): Run
}

let layoutInstalled = false
/**
 * pdfkit's EmbeddedFont.layout, which every measured and every written piece of text goes
 * through, cuts the string at spaces and tabs by taking each character with `charAt` and
 * testing it against a fresh `[' ', '\t']`: a string (CJK characters are not cached) and an
 * array per character, tens of megabytes of garbage for the 评分表. The same cuts, the same
 * calls and the same results, by character code. The class is reached through a font opened in
 * a document that is never written (`sample`: the bytes of a TrueType font).
 */
export function speedUpPdfkitLayout(sample: Uint8Array): void {
  if (layoutInstalled) return
  layoutInstalled = true
  const PDFDocument = require('pdfkit') as new (options: object) => {
    font(src: Buffer): unknown
    _font: unknown
  }
  const doc = new PDFDocument({ autoFirstPage: false })
  doc.font(Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength))
  const proto = Object.getPrototypeOf(doc._font) as EmbeddedFontProto
  if (typeof proto.layout !== 'function' || typeof proto.layoutCached !== 'function') return
  proto.layout = function (text, features, onlyWidth) {
    if (features) return this.layoutRun(text, features)
    let glyphs: unknown[] | null = onlyWidth ? null : []
    let positions: unknown[] | null = onlyWidth ? null : []
    let advanceWidth = 0
    let last = 0
    const n = text.length
    for (let index = 0; index <= n; index++) {
      // A piece ends after each space or tab, and at the end of the text.
      const c = index < n ? text.charCodeAt(index) : -1
      if (c === 32 || c === 9 || (index === n && last < index)) {
        const run = this.layoutCached(text.slice(last, index + 1))
        if (glyphs && positions) {
          glyphs = glyphs.concat(run.glyphs)
          positions = positions.concat(run.positions)
        }
        advanceWidth += run.advanceWidth
        last = index + 1
      }
    }
    return { glyphs: glyphs as unknown[], positions: positions as unknown[], advanceWidth }
  }
}

export interface StyleStack {
  styleDictionary: Record<string, Record<string, unknown> | undefined>
  defaultStyle?: Record<string, unknown>
  styleOverrides?: unknown[]
  autopush(item: unknown): number
  pop(n: number): void
  getProperty(property: string): unknown
}

export const isValue = (v: unknown) => v !== undefined && v !== null
export const isString = (v: unknown) => typeof v === 'string' || v instanceof String

/** A named style's property, following `extends` (pdfmake's getStylePropertyFromStyle). */
export function fromNamedStyle(
  dictionary: StyleStack['styleDictionary'],
  name: string,
  property: string,
  visited: Set<string>,
): unknown {
  if (visited.has(name)) return undefined
  visited.add(name)
  const style = dictionary[name]
  if (!style) return undefined
  if (isValue(style[property])) return style[property]
  if (style.extends) {
    const parents = (Array.isArray(style.extends) ? style.extends : [style.extends]) as string[]
    for (let i = parents.length - 1; i >= 0; i--) {
      const value = fromNamedStyle(dictionary, parents[i]!, property, visited)
      if (isValue(value)) return value
    }
  }
  return undefined
}

let stylesInstalled = false
/**
 * pdfmake resolves some twenty style properties for every piece of text through its style
 * stack, and each lookup allocated two closures (StyleContextStack.auto's callback and
 * getProperty's inner helper): about a million for the 评分表 of 100 units, much of the
 * measuring time and of the garbage. The same two functions without the closures, in the same
 * order of lookups, so every value comes out the same.
 */
export function speedUpPdfmake(): void {
  if (stylesInstalled) return
  stylesInstalled = true
  const Stack = (require('pdfmake/js/StyleContextStack') as { default: unknown }).default as {
    prototype: StyleStack
    getStyleProperty: unknown
  }
  if (typeof Stack.prototype.getProperty !== 'function') return
  Stack.prototype.getProperty = function (property) {
    const overrides = this.styleOverrides
    if (overrides)
      for (let i = overrides.length - 1; i >= 0; i--) {
        const item = overrides[i] as Record<string, unknown>
        if (isString(item)) {
          const value = fromNamedStyle(this.styleDictionary, String(item), property, new Set())
          if (isValue(value)) return value
        } else if (isValue(item[property])) return item[property]
      }
    return this.defaultStyle && this.defaultStyle[property]
  }
  Stack.getStyleProperty = function (
    item: Record<string, unknown>,
    stack: StyleStack | undefined,
    property: string,
    defaultValue: unknown,
  ) {
    if (isValue(item[property])) return item[property]
    if (!stack) return defaultValue
    // StyleContextStack.auto(item, () => getProperty(property)), unrolled.
    const pushed = stack.autopush(item)
    const value = stack.getProperty(property)
    if (pushed > 0) stack.pop(pushed)
    return isValue(value) ? value : defaultValue
  }
}
