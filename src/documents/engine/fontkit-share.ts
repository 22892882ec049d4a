/**
 * Work on fonts shared between PDFs, for the fontkit pdfkit uses: in Node the copy in
 * node_modules, in the app's PDF worker the one inside pdfmake's browser bundle (applied by
 * install.ts).
 */

import { firstTime } from './mark'

/**
 * pdfkit parses every font anew for each PDF, and decoding the tables of a 15 MB CJK font
 * (glyph metrics, offsets, layout tables) costs a few hundred milliseconds each time. The
 * decoded tables are read-only, so they are memoised per byte array and table:
 * every PDF still builds its own subset. (fontkit's `create` export cannot be replaced, so
 * this patches the font class's table decoder, found through one parsed font: `fontProto`.)
 *
 * The same goes for shaping: pdfkit lays out every distinct string of every PDF through
 * fontkit, and each call costs a fixed ~0.4 ms (script and feature selection, lookup lists)
 * however short the string — some 2 400 calls for a year's document set, most of them the
 * same characters and table cells again in the next PDF. Shaping depends only on the font and
 * the string, so the glyphs and positions are memoised too; pdfkit scales positions in place,
 * so every caller gets its own copy of them.
 */
export function shareFontWork(fontProto: object): boolean {
  type Decoder = (this: TableOwner, table: { tag: string; offset: number }) => unknown
  interface Run {
    glyphs: unknown[]
    positions: object[]
  }
  type Layout = (this: TableOwner, text: unknown, ...rest: unknown[]) => Run
  interface TableOwner {
    stream: { buffer: Uint8Array }
    postscriptName: string
    _decodeTable: Decoder
    layout: Layout
  }
  const proto = fontProto as TableOwner
  const { _decodeTable: decode, layout } = proto
  if (typeof decode !== 'function' || typeof layout !== 'function') return false
  if (!firstTime(proto, 'fontkit-shared')) return true
  const cache = new WeakMap<Uint8Array, Map<string, unknown>>()
  proto._decodeTable = function (table) {
    const bytes = this.stream.buffer
    let tables = cache.get(bytes)
    if (!tables) cache.set(bytes, (tables = new Map()))
    const key = `${table.tag}@${table.offset}`
    if (!tables.has(key)) tables.set(key, decode.call(this, table))
    return tables.get(key)
  }
  const shaped = new WeakMap<Uint8Array, Map<string, Run>>()
  const copy = <T extends object>(o: T): T =>
    Object.assign(Object.create(Object.getPrototypeOf(o) as object) as T, o)
  proto.layout = function (text, ...rest) {
    // Only the plain call pdfkit makes (no features, script or language) is memoised.
    if (typeof text !== 'string' || rest.some((r) => r !== undefined))
      return layout.call(this, text, ...rest)
    const bytes = this.stream.buffer
    let runs = shaped.get(bytes)
    if (!runs) shaped.set(bytes, (runs = new Map()))
    const key = `${this.postscriptName}|${text}`
    let run = runs.get(key)
    if (!run) {
      run = layout.call(this, text)
      run.positions = run.positions.map(copy)
      runs.set(key, run)
    }
    const out = copy(run)
    out.positions = run.positions.map(copy)
    return out
  }
  return true
}
