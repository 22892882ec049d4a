/** What a PDF printed by LibreOffice looks like on paper, from poppler's pdfinfo and pdftotext. */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface Box {
  xMin: number
  yMin: number
  xMax: number
  yMax: number
  text: string
}
export interface PdfPage {
  width: number
  height: number
  lines: Box[]
}

export function readPdf(pdf: Uint8Array): PdfPage[] {
  const dir = mkdtempSync(join(tmpdir(), 'kpt-pdf-'))
  try {
    const path = join(dir, 'a.pdf')
    writeFileSync(path, pdf)
    const html = execFileSync('pdftotext', ['-bbox-layout', path, '-'], {
      maxBuffer: 64 * 1024 * 1024,
    }).toString('utf8')
    const num = (tag: string, k: string) => Number(new RegExp(`${k}="([\\d.]+)"`).exec(tag)![1])
    return html
      .split('<page ')
      .slice(1)
      .map((chunk) => {
        const head = chunk.slice(0, chunk.indexOf('>'))
        const lines = [...chunk.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)].map((m) => ({
          xMin: num(m[1]!, 'xMin'),
          yMin: num(m[1]!, 'yMin'),
          xMax: num(m[1]!, 'xMax'),
          yMax: num(m[1]!, 'yMax'),
          text: [...m[2]!.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(''),
        }))
        return { width: num(head, 'width'), height: num(head, 'height'), lines }
      })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Pairs of text lines whose boxes overlap: text printed over text. Tightly set bold lines touch
 * by a point or so; overprinted lines overlap by most of their height.
 */
export function overlaps(page: PdfPage, tolerance = 2): [string, string][] {
  const out: [string, string][] = []
  const ls = page.lines
  for (let i = 0; i < ls.length; i++) {
    for (let j = i + 1; j < ls.length; j++) {
      const a = ls[i]!
      const b = ls[j]!
      const w = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin)
      const h = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin)
      if (w > tolerance && h > tolerance) out.push([a.text, b.text])
    }
  }
  return out
}
