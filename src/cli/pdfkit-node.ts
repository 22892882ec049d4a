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
  /** Operators written since the last binary chunk, one latin1 string. */
  _pending?: string
}

let installed = false
/**
 * Two costs of pdfkit's stream objects in Node, the pdfkit pdfmake uses (one copy in
 * node_modules). Every drawing operator (some 16 per piece of text, 11 per table rule: about
 * half a million for the 评分表) became a Buffer of its own, concatenated per page: a fifth
 * of the drawing time. Here operators are kept as one latin1 string per stream and turned
 * into bytes once — the same bytes (pdfkit writes them as 'binary', one byte per char).
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
    if (ref._pending) ref.buffer.push(Buffer.from(ref._pending, 'latin1'))
    ref._pending = ''
  }
  proto.write = function (chunk) {
    if (chunk instanceof Uint8Array) {
      flush(this)
      write.call(this, chunk)
      return
    }
    // What pdfkit's write does for a string, minus the Buffer.
    const s = (chunk as string) + '\n'
    this._pending = (this._pending ?? '') + s
    this.uncompressedLength += s.length
    this.data.Length = (this.data.Length ?? 0) + s.length
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
}
