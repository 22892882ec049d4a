import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { speedUpPdfkit, speedUpPdfkitLayout, speedUpPdfmake } from '../../src/cli/pdfkit-node'
import { BUNDLED_FONTS, bundledFontPath } from '../../src/cli/fonts-node'

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

describe('speedUpPdfkit', () => {
  it('writes the same stream contents as pdfkit itself, with lengths that match', async () => {
    // pdfkit without the change, in a process of its own (the change is process-wide).
    const plain = execFileSync(
      process.execPath,
      ['-e', `${MAKE_PDF};module.exports().then((b) => process.stdout.write(b))`],
      { cwd: process.cwd(), maxBuffer: 1 << 24 },
    )
    speedUpPdfkit()
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

describe('speedUpPdfkitLayout', () => {
  it('cuts, shapes and sums every string as pdfkit itself does', () => {
    const b = BUNDLED_FONTS[1]!
    const bytes = readFileSync(bundledFontPath(b.pkg, b.file))
    const PDFDocument = require('pdfkit') as new (o: object) => {
      font(src: Buffer): unknown
      _font: { layout(text: string, features?: unknown, onlyWidth?: boolean): unknown }
    }
    const open = () => {
      const doc = new PDFDocument({ autoFirstPage: false })
      doc.font(bytes)
      return doc._font
    }
    const texts = ['', ' ', '\t', '考评内容', '1.50 分', '  两端  空格  ', 'a\tb c\t', '𠀾字 x']
    const ids = (r: unknown) => {
      const run = r as { glyphs: { id: number }[] | null; positions: object[] | null }
      return { ...run, glyphs: run.glyphs?.map((g) => g.id) ?? null }
    }
    // The pieces pdfkit shapes (and caches) are part of the result: record them too.
    const all = (font: ReturnType<typeof open>) => {
      const f = font as unknown as { layoutCached(t: string): unknown }
      const cached = f.layoutCached.bind(f)
      const pieces: string[] = []
      f.layoutCached = (t) => (pieces.push(t), cached(t))
      const runs = texts.flatMap((t) => [ids(font.layout(t)), ids(font.layout(t, undefined, true))])
      return { runs, pieces }
    }
    const before = all(open())
    speedUpPdfkitLayout(bytes)
    const patched = open()
    expect(String(patched.layout)).toContain('charCodeAt')
    expect(all(patched)).toEqual(before)
    // Features bypass the cut, as in pdfkit.
    expect(ids(patched.layout('ab c', ['kern']))).toEqual(ids(open().layout('ab c', ['kern'])))
  })
})

interface Stack {
  push(style: unknown): void
  getProperty(property: string): unknown
}
type StackClass = (new (dictionary: object, defaultStyle: object) => Stack) & {
  getStyleProperty(item: object, stack: Stack | null, property: string, fallback: unknown): unknown
}

describe('speedUpPdfmake', () => {
  it('resolves every style property as pdfmake itself does', () => {
    const Stack = (require('pdfmake/js/StyleContextStack') as { default: StackClass }).default
    const dictionary = {
      base: { fontSize: 9, color: 'red' },
      head: { extends: 'base', bold: true },
      loop: { extends: ['loop', 'head'], italics: true },
      shadow: { extends: ['base', 'head'], color: null },
    }
    const stacks = (): Stack[] => {
      const a = new Stack(dictionary, { font: 'kpt0', fontSize: 12 })
      const b = new Stack(dictionary, { font: 'kpt1' })
      b.push('loop')
      b.push({ alignment: 'center', color: undefined })
      const c = new Stack(dictionary, {})
      c.push({ fontSize: 7 })
      c.push('shadow')
      c.push('missing')
      return [a, b, c]
    }
    const items = [{}, { style: 'head' }, { style: ['base', 'loop'], fontSize: 5 }, 'text']
    const props = ['font', 'fontSize', 'color', 'bold', 'italics', 'alignment', 'lineHeight']
    const resolve = () =>
      stacks().flatMap((stack) => [
        ...props.map((p) => stack.getProperty(p)),
        ...items.flatMap((item) =>
          props.map((p) => Stack.getStyleProperty(item as object, stack, p, 'fallback')),
        ),
        ...props.map((p) => Stack.getStyleProperty({}, null, p, 'none')),
      ])
    const before = resolve()
    speedUpPdfmake()
    const after = resolve()
    expect(after).toEqual(before)
    expect(before).toContain('red')
    expect(before).toContain(true)
    expect(before).toContain('fallback')
  })
})
