/**
 * Exact fast paths for pdfkit 0.19.1 (the one pdfmake 0.3.11 uses), shared by the Node side
 * (pdfkit from node_modules, installed by src/cli) and the app's PDF worker (the pdfkit inside
 * pdfmake's browser bundle, reached through a document it made: see restateBundledPdfkit).
 * Each takes the prototype it changes and leaves one it already changed alone; tests in
 * tests/documents hold the output to pdfkit's own.
 */

import { shareFontWork } from './fontkit-share'
import { restatePdfkitText } from './pdfkit-text'
import { firstTime } from './restate-once'

export interface StreamRef {
  compress: boolean
  buffer: Uint8Array[]
  uncompressedLength: number
  data: { Length?: number; Filter?: string }
  write(chunk: unknown): void
  finalize(): void
  /** Operators written since the last binary chunk, each without its line end. */
  _pending?: string[]
}

/**
 * Every drawing operator pdfkit writes (some 16 per piece of text, 11 per table rule: about
 * half a million for the 评分表 of 100 units) became a Buffer of its own, concatenated per
 * page: a fifth of the drawing time in Node, more with the browser's Buffer stand-in. Here a
 * stream's operators are kept as a list of strings, joined and turned into bytes once — the
 * same bytes (pdfkit writes them as 'binary', one byte per char). (Appending each operator to
 * one string instead left a rope of half a million pieces to flatten.)
 *
 * `latin1` turns such a string into bytes. `deflate`, when given, compresses a stream's chunks
 * in place of pdfkit's own deflate (Node: a faster level).
 */
export function restateStreams(
  proto: StreamRef,
  latin1: (s: string) => Uint8Array,
  deflate?: (chunks: Uint8Array[]) => Uint8Array,
): void {
  const { write, finalize } = proto
  if (typeof write !== 'function' || typeof finalize !== 'function') return
  if (!firstTime(proto, 'pdfkit-streams')) return
  const flush = (ref: StreamRef) => {
    const pending = ref._pending
    if (pending && pending.length > 0) ref.buffer.push(latin1(`${pending.join('\n')}\n`))
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
    if (deflate && this.compress && this.buffer.length) {
      // Deflated here; pdfkit's finalize then only writes it out (Filter is already set).
      this.buffer = [deflate(this.buffer)]
      this.compress = false
    }
    finalize.call(this)
  }
}

/**
 * zlib level for PDF streams. pdfkit deflates at zlib's default (6): for the 评分表 of a
 * 100-unit year (8 MB of page content) that took ~0.35 s of a 3 s budget in Node, and ~0.2 s
 * of the app's worker; level 1 takes a sixth of it for files about 14% larger (1.04 → 1.18
 * MB). The pages are the same.
 */
export const PDF_DEFLATE_LEVEL = 1

/** Chunks as one byte array (deflate takes one). */
export function concatBytes(chunks: Uint8Array[]): Uint8Array {
  let length = 0
  for (const c of chunks) length += c.length
  const out = new Uint8Array(length)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}

/** A string of char codes 0–255 as bytes, as Buffer.from(s, 'latin1') makes them. */
export function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length)
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i)
  return out
}

export interface ColorOwner {
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
 * made once per colour; everything else takes pdfkit's own path.
 */
export function restatePlainColors(proto: ColorOwner): void {
  const setColorCore = proto._setColorCore
  const normalize = proto._normalizeColor
  if (typeof setColorCore !== 'function' || typeof normalize !== 'function') return
  if (!firstTime(proto, 'pdfkit-colors')) return
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

export interface EmbeddedFontProto {
  layout(text: string, features?: unknown, onlyWidth?: boolean): Partial<Run>
  layoutRun(text: string, features: unknown): Run
  layoutCached(text: string): Run
}

/**
 * pdfkit's EmbeddedFont.layout, which every measured and every written piece of text goes
 * through, cuts the string at spaces and tabs by taking each character with `charAt` and
 * testing it against a fresh `[' ', '\t']`: a string (CJK characters are not cached) and an
 * array per character, tens of megabytes of garbage for the 评分表. The same cuts, the same
 * calls and the same results, by character code.
 */
export function restateLayout(proto: EmbeddedFontProto): void {
  if (typeof proto.layout !== 'function' || typeof proto.layoutCached !== 'function') return
  if (!firstTime(proto, 'pdfkit-layout')) return
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

/** The pdfmake whose browser bundle's pdfkit these were checked against (pdfkit 0.19.1). */
const BUNDLE_OF_PDFMAKE = '0.3.11'

/**
 * The fast paths above and restatePdfkitText for the pdfkit inside pdfmake's browser bundle,
 * which exports no class: the prototypes are found through a document it made, handed to the
 * returned function by onPdfkitDocument (render-pdf.ts) — laid out and drawn, not yet
 * finished. That document is finished on the restated streams; the ones after it are drawn on
 * the restated text path too, and share decoded font tables and shaped strings (shareFontWork).
 * Streams are deflated by `deflate` when given (as in restateStreams), else by pdfkit. Nothing
 * changes for another pdfmake version.
 */
export function restateBundledPdfkit(
  pdfmakeVersion: string,
  deflate?: (chunks: Uint8Array[]) => Uint8Array,
): (made: object) => void {
  return (made) => {
    if (pdfmakeVersion !== BUNDLE_OF_PDFMAKE) return
    const doc = made as { _root?: object; _font?: object }
    try {
      let proto = Object.getPrototypeOf(made) as object | null
      while (proto && !Object.prototype.hasOwnProperty.call(proto, 'text'))
        proto = Object.getPrototypeOf(proto) as object | null
      if (proto) {
        restatePdfkitText(proto)
        restatePlainColors(proto as ColorOwner)
      }
      if (doc._root)
        restateStreams(Object.getPrototypeOf(doc._root) as StreamRef, latin1Bytes, deflate)
      if (doc._font) restateLayout(Object.getPrototypeOf(doc._font) as EmbeddedFontProto)
      // The bundle's own fontkit, under its EmbeddedFont.
      const fontkitFont = (doc._font as { font?: object } | undefined)?.font
      if (fontkitFont) shareFontWork(Object.getPrototypeOf(fontkitFont) as object)
    } catch {
      // Each fast path is whole or absent, and pdfkit's own code makes the same documents:
      // a bundle shaped otherwise than expected keeps the rest of its own paths.
    }
  }
}
