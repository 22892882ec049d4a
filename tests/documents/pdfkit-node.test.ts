import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { installPdfEngine } from '../../src/node/pdf-engine'

const require = createRequire(import.meta.url)

/** A small pdfkit document (text, rules, an embedded standard font) with a fixed date. */
const MAKE_PDF = `
const PDFDocument = require('pdfkit')
module.exports = () => new Promise((resolve) => {
  const doc = new PDFDocument({ info: { CreationDate: new Date(0) } })
  const chunks = []
  doc.on('data', (c) => chunks.push(c))
  doc.on('end', () => resolve(Buffer.concat(chunks)))
  for (let i = 0; i < 40; i++) doc.text('Line ' + i + ' of the sheet', 50, 40 + i * 16)
  doc.moveTo(50, 30).lineTo(500, 30).lineWidth(0.5).stroke()
  // Colours by name, hex (short and long), arrays, a spot colour (also under a colour's name)
  // and an unknown name, as fill and as stroke, twice each.
  doc.addSpotColor('PANTONE 185 C', 0, 91, 76, 0)
  doc.addSpotColor('red', 0, 0, 0, 100)
  const colours = ['black', 'red', '#f2f2f2', '#abc', [0, 128, 255], [0, 0, 0, 100],
    'PANTONE 185 C', 'no-such-colour', 'black', '#ABC']
  for (const c of colours) {
    doc.fillColor(c, 0.5).text('x', 60, 700)
    doc.strokeColor(c).moveTo(50, 710).lineTo(60, 710).stroke()
    doc.fill(c)
  }
  doc.addPage().text('second page').end()
})`

function makePdf(): Promise<Buffer> {
  const mod = { exports: null as unknown as () => Promise<Buffer> }
  new Function('module', 'require', MAKE_PDF)(mod, require)
  return mod.exports()
}

/** Every stream of a PDF with its declared /Length, inflated when it is deflated. */
function streams(pdf: Buffer): { declared: number; actual: number; content: string }[] {
  const raw = pdf.toString('latin1')
  const out: { declared: number; actual: number; content: string }[] = []
  for (const m of raw.matchAll(/\/Length (\d+)[^]*?>>\nstream\n/g)) {
    const start = m.index + m[0].length
    const end = raw.indexOf('\nendstream', start)
    const body = pdf.subarray(start, end)
    const deflated = /\/Filter \/FlateDecode/.test(m[0])
    out.push({
      declared: Number(m[1]),
      actual: body.length,
      content: (deflated ? inflateSync(body) : body).toString('latin1'),
    })
  }
  return out
}

describe('installPdfEngine', () => {
  it('writes the same stream contents as pdfkit itself, with lengths that match', async () => {
    // pdfkit without the change, in a process of its own (the change is process-wide).
    const plain = execFileSync(
      process.execPath,
      ['-e', `${MAKE_PDF};module.exports().then((b) => process.stdout.write(b))`],
      { cwd: process.cwd(), maxBuffer: 1 << 24 },
    )
    expect(installPdfEngine()).toEqual(['fontkit-share', 'streams', 'colors', 'text'])
    const fast = await makePdf()
    const a = streams(plain)
    const b = streams(fast)
    expect(a.length).toBe(2)
    expect(b.map((s) => s.content)).toEqual(a.map((s) => s.content))
    for (const s of b) expect(s.actual).toBe(s.declared)
    expect(b.some((s) => s.content.includes('TJ'))).toBe(true)
    // The colours reached the streams, spot colours included.
    const page = b.map((s) => s.content).join('\n')
    for (const op of [
      '0.9490196078431372 0.9490196078431372 0.9490196078431372 scn',
      '1 0 0 SCN',
      '/CS0 cs',
      '0 0 0 1 scn',
    ])
      expect(page).toContain(op)
  })
})
