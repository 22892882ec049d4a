import { createRequire } from 'node:module'
import { restatePdfkitText } from '../documents/pdfkit-text'

const require = createRequire(import.meta.url)

/** The pdfkit whose text path restatePdfkitText restates; any other version keeps its own. */
const TEXT_OF_PDFKIT = '0.19.1'

/** restatePdfkitText for the pdfkit in node_modules, which pdfmake's Node build uses. */
export function speedUpPdfkitText(): void {
  if ((require('pdfkit/package.json') as { version: string }).version !== TEXT_OF_PDFKIT) return
  restatePdfkitText((require('pdfkit') as { prototype: object }).prototype)
}
