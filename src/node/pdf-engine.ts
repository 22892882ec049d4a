/**
 * The PDF engine patches (src/documents/engine) for the pdfkit and fontkit in node_modules,
 * which pdfmake's Node build uses. Called once by every Node caller that makes PDFs: the
 * command line, the benchmarks and the tests that render.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { deflateSync } from 'node:zlib'
import { PDF_DEFLATE_LEVEL, installEngine, type EngineOptions, type PatchName } from '../documents'
import { BUNDLED_FONTS } from '../shared/bundled-fonts'
import { bundledFontPath, packageFile } from './fonts'

const require = createRequire(import.meta.url)

const versionOf = (pkg: string) =>
  (JSON.parse(readFileSync(packageFile(pkg, 'package.json'), 'utf8')) as { version: string })
    .version

interface SampleDoc {
  font(src: Uint8Array): unknown
}

let installed: PatchName[] | null = null

/**
 * Applies the engine patches, streams deflated by zlib at PDF_DEFLATE_LEVEL. The classes are
 * reached through a document that is never written, with a bundled font embedded (its
 * EmbeddedFont and fontkit font classes are otherwise out of reach). Returns the patches in
 * place; a second call changes nothing.
 */
export function installPdfEngine(options: Pick<EngineOptions, 'log' | 'only'> = {}): PatchName[] {
  if (installed) return installed
  const PDFDocument = require('pdfkit') as new (options: object) => SampleDoc
  const doc = new PDFDocument({ autoFirstPage: false })
  doc.font(readFileSync(bundledFontPath(BUNDLED_FONTS[0]!)))
  installed = installEngine(
    doc,
    { pdfmake: versionOf('pdfmake'), pdfkit: versionOf('pdfkit'), fontkit: versionOf('fontkit') },
    {
      ...options,
      deflate: (chunks) => deflateSync(Buffer.concat(chunks), { level: PDF_DEFLATE_LEVEL }),
    },
  )
  return installed
}
