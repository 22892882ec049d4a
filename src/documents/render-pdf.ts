import pdfmake from 'pdfmake'
import type { FontSet } from './fonts/font-set'
import { retagSubsets } from './subset-tags'

const refuse = (): boolean => false

/** What is told of every pdfkit document pdfmake makes here (see onPdfkitDocument). */
let documentHook: ((made: object) => void) | undefined

/**
 * `hook` sees each pdfkit document pdfmake has laid out and drawn, before it is finished: the
 * app's PDF worker reaches the pdfkit inside pdfmake's browser bundle this way (see
 * engineForBundle, engine/install.ts). It must not change what the document holds.
 */
export function onPdfkitDocument(hook: ((made: object) => void) | undefined): void {
  documentHook = hook
}

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
    // A definition may draw on its pages once they are laid out (landscapeFrame's turned page
    // numbers): pdfkit then keeps the pages until the end.
    const draw = (doc as { drawOnPages?: (pdf: never) => void }).drawOnPages
    const output = pdfmake.createPdf(doc, draw ? { bufferPages: true } : {})
    if (documentHook) documentHook(await output.getStream())
    if (draw) draw((await output.getStream()) as never)
    const bytes = await output.getBuffer()
    return retagSubsets(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  } finally {
    pdfmake.setProgressCallback(undefined)
  }
}
