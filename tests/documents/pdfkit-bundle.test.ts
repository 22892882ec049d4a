import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { computeResults, createSampleYear } from '../../src/domain'
import { interviewListDefinition, interviewRows, scoreSheetDefinition } from '../../src/documents'
import { inflateSync } from 'node:zlib'
import { bundleVersions, engineForBundle, latin1Bytes } from '../../src/documents'
import { deflatePdfStream } from '../../src/renderer/workers/pdf-deflate'
import { version as pdfmakeVersion } from 'pdfmake/package.json'
import { testFonts } from './pdf-reader'

const require = createRequire(import.meta.url)

interface Output {
  getStream(): Promise<object>
  getBuffer(): Promise<Uint8Array>
}
interface Bundle {
  virtualfs: { writeFileSync(name: string, bytes: Uint8Array): void }
  setFonts(fonts: object): void
  setUrlAccessPolicy(policy: () => boolean): void
  createPdf(doc: object): Output
}

/**
 * pdfmake's browser bundle, which the app's PDF worker runs (Vite picks it by the package's
 * `browser` field): its own copy of pdfkit, untouched by the Node side's changes. Fonts are
 * set anew for every document, as renderPdf does: pdfmake writes into the dictionary it uses.
 */
function bundle(): { createPdf(doc: object): Output } {
  const pdfmake = require('pdfmake/build/pdfmake.js') as Bundle
  const fonts = testFonts()
  for (const f of fonts.files()) pdfmake.virtualfs.writeFileSync(f.name, f.bytes)
  pdfmake.setUrlAccessPolicy(() => false)
  return {
    createPdf(doc) {
      pdfmake.setFonts(fonts.pdfmakeFonts())
      return pdfmake.createPdf(doc)
    },
  }
}

/** A fixed creation time: the one thing that would differ between two runs. */
const EPOCH = new Date(0)

/** A 评分表 and a 约谈名单 of the sample year: text in three fonts, rules, fills, many pages. */
function definitions(): object[] {
  const fonts = testFonts()
  const pkg = createSampleYear()
  const results = computeResults(pkg)
  const units = results.sequences.flatMap((s) => s.units)
  const rows = interviewRows(pkg, results)
  const opts = { interviewer: '张三', time: '', place: '' }
  return [
    {
      ...scoreSheetDefinition(fonts, pkg, units.slice(0, 4)),
      info: { title: 'sheet', creationDate: EPOCH },
    },
    {
      ...interviewListDefinition(fonts, pkg.year, rows, opts),
      info: { title: 'list', creationDate: EPOCH },
    },
  ]
}

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes)

/**
 * A PDF with every stream inflated in place and the numbers that follow from compression
 * (each /Length, the cross-reference table's offsets) left out: what stays must be the same
 * whoever deflated. Also checks that each stream's /Length is its length.
 */
function uncompressed(pdf: Uint8Array): string {
  const raw = latin1(pdf)
  let out = ''
  let at = 0
  for (const m of raw.matchAll(/<<\n([^]*?)>>\nstream\n/g)) {
    const length = Number(/\/Length (\d+)/.exec(m[1]!)![1])
    const start = m.index + m[0].length
    expect(raw.slice(start + length, start + length + 10)).toBe('\nendstream')
    const body = pdf.subarray(start, start + length)
    const content = /\/Filter \/FlateDecode/.test(m[1]!) ? inflateSync(body) : body
    out += raw.slice(at, start).replace(/\/Length \d+/, '/Length ?') + latin1(content)
    at = start + length
  }
  const xref = raw.lastIndexOf('\nxref\n')
  expect(xref).toBeGreaterThan(at)
  return out + raw.slice(at, xref)
}

describe('engineForBundle', () => {
  // First: once restated, the bundle's prototypes stay so for the rest of this file.
  it('changes nothing for another pdfmake version', async () => {
    const pdfmake = bundle()
    const output = pdfmake.createPdf({
      content: 'x',
      defaultStyle: { font: testFonts().family('body') },
    })
    const made = await output.getStream()
    const lines: string[] = []
    engineForBundle(bundleVersions('0.3.12'), { log: (l) => lines.push(l) })(made)
    expect(lines).toHaveLength(4)
    const marks: symbol[] = []
    for (let p = Object.getPrototypeOf(made) as object | null; p; p = Object.getPrototypeOf(p))
      marks.push(...Object.getOwnPropertySymbols(p))
    expect(marks.map(String).filter((m) => m.includes('kaopingtong'))).toEqual([])
    expect((made as { _font: { _shown?: unknown } })._font._shown).toBeUndefined()
    await output.getBuffer()
  })

  it('makes the documents pdfmake’s browser bundle makes, deflated as the worker does', async () => {
    const pdfmake = bundle()
    const defs = definitions()
    const plain: Uint8Array[] = []
    for (const d of defs) plain.push(await pdfmake.createPdf(d).getBuffer())

    // As the worker does: the first document is drawn before the change, finished after it.
    const restate = engineForBundle(bundleVersions(pdfmakeVersion), { deflate: deflatePdfStream })
    const first = pdfmake.createPdf(defs[0]!)
    const made = (await first.getStream()) as {
      _font: { _shown?: Map<string, unknown>; font: object }
    }
    restate(made)
    expect(uncompressed(await first.getBuffer())).toBe(uncompressed(plain[0]!))
    expect(made._font._shown).toBeUndefined()

    for (const [i, d] of defs.entries()) {
      const output = pdfmake.createPdf(d)
      const again = (await output.getStream()) as typeof made
      restate(again)
      const bytes = await output.getBuffer()
      expect(uncompressed(bytes)).toBe(uncompressed(plain[i]!))
      // Deflated here (level 1 makes other bytes than pdfkit's level 6)…
      expect(bytes.length).not.toBe(plain[i]!.length)
      // …and drawn on the restated text path, with fontkit's work shared between documents.
      expect(again._font._shown?.size).toBeGreaterThan(5)
      expect(Object.getOwnPropertySymbols(Object.getPrototypeOf(again._font.font))).toContain(
        Symbol.for('kaopingtong.fontkit-shared'),
      )
    }
    expect(uncompressed(plain[0]!).length).toBeGreaterThan(200_000)
  })
})

describe('latin1Bytes', () => {
  it('turns every char code 0–255 into its byte, as Buffer does for latin1', () => {
    const all = String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i))
    const text = `${all}q\n1 0 0 -1 0 841.89 cm\n[<0a1b> 120] TJ${all}`
    expect([...latin1Bytes(text)]).toEqual([...Buffer.from(text, 'latin1')])
    const plain = 'q\n1 0 0 -1 0 841.89 cm\nBT\n/F2 9 Tf\n[<0019001a> 0] TJ\tET'
    expect([...latin1Bytes(plain)]).toEqual([...Buffer.from(plain, 'latin1')])
    expect(latin1Bytes('')).toHaveLength(0)
  })
})
