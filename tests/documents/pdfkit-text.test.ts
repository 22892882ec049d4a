import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { bundledFontPath } from '../../src/node/fonts'
import { installPdfEngine } from '../../src/node/pdf-engine'
import { BUNDLED_FONTS } from '../../src/shared/bundled-fonts'

const require = createRequire(import.meta.url)
const fontPath = bundledFontPath(BUNDLED_FONTS[1]!)

/**
 * Text drawn as pdfmake's renderLine draws it (opacity, fill colour, font, size, then text()
 * with lineBreak false), repeated texts among them, plus what must take pdfkit's own path:
 * links, character spacing, underline, features, wrapping, a standard font, continued text,
 * glyphs with an offset. Resolves to the PDF and the pen's x after every call.
 */
const MAKE_PDF = `
const PDFDocument = require('pdfkit')
const fs = require('fs')
const draw = (fontPath, reverse) => new Promise((resolve) => {
  const doc = new PDFDocument({ info: { CreationDate: new Date(0) }, compress: false })
  const chunks = []
  const xs = []
  doc.on('data', (c) => chunks.push(c))
  let shown = 0
  doc.on('end', () => resolve({ pdf: Buffer.concat(chunks).toString('base64'), xs, shown }))
  doc.registerFont('body', fs.readFileSync(fontPath))
  doc.font('body')
  // A glyph with an offset (marks placed by GPOS): made here, as the font has none in reach.
  const layoutRun = doc._font.layoutRun.bind(doc._font)
  doc._font.layoutRun = (text, features) => {
    const run = layoutRun(text, features)
    if (text.includes('↑')) run.positions = run.positions.map((p, i) => i === 1 ? { ...p, yOffset: 120, xOffset: 30 } : p)
    return run
  }
  const piece = (text, x, y, size, extra) => {
    doc.opacity(1)
    doc.fill('black')
    doc.fontSize(size)
    doc.text(text, x, y, { lineBreak: false, textWidth: 50, characterSpacing: 0, wordCount: 1, link: undefined, ...extra })
    xs.push(doc.x)
  }
  const texts = ['考评内容', '3.00', '', ' ', '部分 任务 未按时限完成', 'AV To', '考评内容', '3.00', 'x\\u0323字', '↑标记', '↑标记', '2.50 ']
  if (reverse) texts.reverse()
  for (let round = 0; round < 3; round++) {
    texts.forEach((t, i) => piece(t, 40 + i * 3.3333333, 60 + i * 17.25 + round * 230, 9 + round * 1.5))
    doc.opacity(round === 1 ? 0.5 : 1)
    doc.fillOpacity(0.25).strokeOpacity(0.25).opacity(1)
  }
  piece('有链接', 40, 700, 10, { link: 'https://example.org/' })
  piece('间距', 40, 720, 10, { characterSpacing: 1.5 })
  piece('下划线', 40, 740, 10, { underline: true })
  piece('AV 特性', 140, 700, 10, { features: ['kern'] })
  piece('居中', 140, 720, 10, { align: 'center', width: 100 })
  piece('折行的文字', 140, 740, 10, { lineBreak: true, width: 30 })
  doc.text('没有选项', 240, 700)
  xs.push(doc.x)
  doc.text('接续', 240, 720, { lineBreak: false, continued: true })
  doc.text('文字', { lineBreak: false })
  xs.push(doc.x)
  doc.font('Helvetica')
  piece('Standard 1.50', 240, 740, 10)
  doc.font('body')
  doc.save().transform(1, 0, 0.25, 1, 3.1415926, -2).rotate(30).restore()
  doc.addPage()
  texts.forEach((t, i) => piece(t, 40, 60 + i * 17.25, 10))
  doc.moveTo(10, 10).lineTo(100, 10).stroke()
  shown = doc._font._shown ? doc._font._shown.size : 0
  doc.end()
})
// Two documents: each has its own subset, so the same text has other glyph ids in the second.
module.exports = async (fontPath) => [await draw(fontPath, false), await draw(fontPath, true)]`

interface Made {
  /** base64 */
  pdf: string
  xs: number[]
  /** Texts the font kept (see the engine's text patch): none without the change. */
  shown: number
}

/** Every stream of an uncompressed PDF, fonts (subset, widths, to-unicode map) included. */
function streams(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1')
  return [...raw.matchAll(/>>\nstream\n([^]*?)\nendstream/g)].map((m) => m[1]!)
}

describe('the text patch (src/documents/engine/text.ts)', () => {
  it('writes the same pages, subset fonts and pen positions as pdfkit itself', async () => {
    // pdfkit without the change, in a process of its own (the change is process-wide).
    const plain = JSON.parse(
      execFileSync(
        process.execPath,
        [
          '-e',
          `${MAKE_PDF};module.exports(${JSON.stringify(fontPath)}).then((r) =>
            process.stdout.write(JSON.stringify(r)))`,
        ],
        { cwd: process.cwd(), maxBuffer: 1 << 26 },
      ).toString(),
    ) as Made[]
    expect(installPdfEngine()).toContain('text')
    const mod = { exports: null as unknown as (path: string) => Promise<Made[]> }
    new Function('module', 'require', MAKE_PDF)(mod, require)
    const fast = await mod.exports(fontPath)

    expect(plain.map((d) => d.shown)).toEqual([0, 0])
    expect(fast.map((d) => d.shown > 5)).toEqual([true, true])
    for (const [i, doc] of fast.entries()) {
      const before = plain[i]!
      expect(doc.xs).toEqual(before.xs)
      const a = streams(Buffer.from(before.pdf, 'base64'))
      const b = streams(Buffer.from(doc.pdf, 'base64'))
      expect(a.length).toBeGreaterThan(4)
      expect(b).toEqual(a)
      // The whole file too: objects, resources (fonts and graphics states per page), offsets.
      expect(doc.pdf).toBe(before.pdf)
      // What was drawn: kerned pairs, an offset glyph, a second opacity state.
      const page = b.join('\n')
      expect(page).toMatch(/\[<[0-9a-f]+> -?\d+(\.\d+)? <[0-9a-f]+>/)
      expect(page).toMatch(/Tm\n\[<[0-9a-f]+> -?[\d.]+\] TJ\n1 0 0 1 [\d.]+ [\d.]+ Tm\n\[</)
      expect(page).toMatch(/\/Gs2 gs/)
    }
    expect(plain[1]!.pdf).not.toBe(plain[0]!.pdf)
  })
})
