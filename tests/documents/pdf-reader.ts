import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { FontSet, resolveFonts } from '../../src/documents'
import { loadFontFiles, openNodeFont } from '../../src/node/fonts'
import { installPdfEngine } from '../../src/node/pdf-engine'

export interface PdfItem {
  str: string
  /** Left edge and top of the glyph box, in points from the page's top-left corner. */
  x: number
  /** Right edge of the item (x + its advance width). */
  right: number
  top: number
  bottom: number
  /** pdfjs's text matrix [a, b, c, d, e, f] (PDF units, origin bottom-left): turned text shows here. */
  transform: number[]
}

/** A straight stroked line (a table rule), in points from the page's top-left corner. */
export interface PdfRule {
  x1: number
  y1: number
  x2: number
  y2: number
}

export interface PdfPage {
  width: number
  height: number
  items: PdfItem[]
  text: string
  /** Horizontal and vertical stroked lines. */
  rules: PdfRule[]
}

/** Reads a PDF back the way a viewer does (pdfjs-dist), text with positions per page. */
export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  const doc = await getDocument({
    data: bytes.slice(),
    disableFontFace: true,
    useSystemFonts: false,
  }).promise
  const pages: PdfPage[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    const vp = page.getViewport({ scale: 1 })
    const content = await page.getTextContent()
    const items: PdfItem[] = []
    for (const it of content.items) {
      if (!('str' in it) || it.str.trim() === '') continue
      const [, , , d, e, f] = it.transform as number[]
      const size = Math.abs(d!)
      items.push({
        str: it.str,
        x: e!,
        right: e! + it.width,
        top: vp.height - f! - size,
        bottom: vp.height - f!,
        transform: it.transform as number[],
      })
    }
    pages.push({
      width: vp.width,
      height: vp.height,
      items,
      text: items.map((i) => i.str).join(''),
      rules: rulesOf(await page.getOperatorList()),
    })
  }
  await doc.destroy()
  return pages
}

/**
 * Stroked paths that are straight horizontal or vertical lines, from their bounding boxes.
 * pdfkit flips each page once (`1 0 0 -1 0 h cm`) and pdfmake draws rules without further
 * transforms, so path coordinates are already measured from the top-left corner.
 */
function rulesOf(ops: { fnArray: number[]; argsArray: unknown[] }): PdfRule[] {
  const rules: PdfRule[] = []
  ops.fnArray.forEach((fn, i) => {
    if (fn !== OPS.constructPath) return
    const [paint, , box] = ops.argsArray[i] as [number, unknown, Float32Array | null]
    if (paint !== OPS.stroke || !box) return
    const [x1, y1, x2, y2] = Array.from(box)
    if (Math.abs(x2! - x1!) < 0.01 || Math.abs(y2! - y1!) < 0.01)
      rules.push({ x1: x1!, y1: y1!, x2: x2!, y2: y2! })
  })
  return rules
}

let cached: FontSet | null = null
/** The bundled fonts (and system CJK fonts for rare characters), loaded once per test file. */
export function testFonts(): FontSet {
  if (cached) return cached
  // Every document test renders with the engine patches, as the command line does.
  installPdfEngine()
  const r = resolveFonts(loadFontFiles({ windowsFontDir: null }), {}, openNodeFont)
  if (!r.ok) throw new Error(r.error.message)
  cached = new FontSet(r.value)
  return cached
}

/** Font dictionaries in the raw PDF: subset fonts carry a six-letter tag (ABCDEF+Name). */
export function embeddedFonts(bytes: Uint8Array): { baseFonts: string[]; fontFiles: number } {
  const raw = new TextDecoder('latin1').decode(bytes)
  const baseFonts = [...raw.matchAll(/\/BaseFont\s*\/([^\s/<>[\]]+)/g)].map((m) => m[1]!)
  const fontFiles = [...raw.matchAll(/\/FontFile[23]?\s+\d+\s+0\s+R/g)].length
  return { baseFonts, fontFiles }
}
