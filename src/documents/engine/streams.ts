/**
 * pdfkit's content streams: operators kept as strings, deflated at a faster level. Applied by
 * install.ts to the pdfkit pdfmake uses (Node: node_modules; the app's worker: the bundle's).
 */

import { firstTime } from './mark'

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
): boolean {
  const { write, finalize } = proto
  if (typeof write !== 'function' || typeof finalize !== 'function') return false
  if (!firstTime(proto, 'pdfkit-streams')) return true
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
  return true
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
