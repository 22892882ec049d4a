import pdfmake from 'pdfmake'
import type { FontSet } from './fonts/font-set'

const refuse = (): boolean => false

/**
 * Lays out a document definition and returns the PDF bytes. pdfmake may neither fetch a URL
 * nor read a local file: fonts come through its virtual file system, and definitions are
 * built by this layer with text nodes only.
 */
export async function renderPdf(
  doc: object,
  fonts: FontSet,
  /** Share of the pages drawn so far, 0…1 (pdfmake reports it while it draws). */
  onProgress?: (fraction: number) => void,
): Promise<Uint8Array> {
  pdfmake.setUrlAccessPolicy(refuse)
  // Only the Node build has a local-file policy; the browser build cannot read files at all.
  pdfmake.setLocalAccessPolicy?.(refuse)
  for (const f of fonts.files())
    if (!pdfmake.virtualfs.existsSync(f.name)) pdfmake.virtualfs.writeFileSync(f.name, f.bytes)
  pdfmake.setFonts(fonts.pdfmakeFonts())
  // pdfmake keeps one progress callback for all documents: ours only while this one renders.
  pdfmake.setProgressCallback(onProgress)
  try {
    const bytes = await pdfmake.createPdf(doc).getBuffer()
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  } finally {
    pdfmake.setProgressCallback(undefined)
  }
}
