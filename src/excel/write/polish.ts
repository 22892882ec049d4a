/**
 * What SheetJS Community does not write, put into its output: the style sheet, and each visible
 * sheet written again with styles, row heights, page setup, validations and protection
 * (sheet-xml.ts). SheetJS still writes the package around them: workbook, hidden sheets,
 * defined names (print titles), content types.
 */
import * as XLSX from 'xlsx'
import type { SheetSpec } from './sheet-builder'
import { renderSheetXml } from './sheet-xml'
import { stylesXml } from './styles'

interface CfbEntry {
  content: Uint8Array | number[]
}
interface CfbContainer {
  FullPaths: string[]
}
const CFB = XLSX.CFB as {
  read(data: Uint8Array, opts: { type: 'array' }): CfbContainer
  find(c: CfbContainer, path: string): CfbEntry | null
  write(
    c: CfbContainer,
    opts: { type: 'array'; fileType: 'zip'; compression: boolean },
  ): ArrayBuffer | number[]
}

const decode = (e: CfbEntry) => new TextDecoder().decode(Uint8Array.from(e.content))
const encode = (s: string) => new TextEncoder().encode(s)

function polishWorkbookXml(xml: string, specs: SheetSpec[]): string {
  let out = xml
  // Without a password: it keeps the sheets from being renamed, moved or unhidden by a slip,
  // which is all the importer needs; anyone may lift it from the menu.
  if (specs.some((s) => s.protect)) {
    out = out.replace(/(<workbookPr[^>]*\/>)/, '$1<workbookProtection lockStructure="1"/>')
  }
  // The cached results written with formulas are right for the file as written; Excel and WPS
  // recompute on opening anyway, so a 合计 follows what the unit types.
  if (specs.some((s) => s.formulas?.length)) {
    out = out.includes('</definedNames>')
      ? out.replace('</definedNames>', '</definedNames><calcPr fullCalcOnLoad="1"/>')
      : out.replace('</sheets>', '</sheets><calcPr fullCalcOnLoad="1"/>')
  }
  return out
}

/** Writes the workbook to .xlsx bytes with the layout SheetJS Community leaves out. */
export function writeWorkbook(wb: XLSX.WorkBook, specs: SheetSpec[]): Uint8Array {
  const raw = XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer
  const zip = CFB.read(new Uint8Array(raw), { type: 'array' })
  const styles = CFB.find(zip, '/xl/styles.xml')
  if (styles) styles.content = encode(stylesXml())
  const book = CFB.find(zip, '/xl/workbook.xml')
  if (book) book.content = encode(polishWorkbookXml(decode(book), specs))
  specs.forEach((spec, i) => {
    const sheet = CFB.find(zip, `/xl/worksheets/sheet${i + 1}.xml`)
    if (sheet && !spec.hidden) sheet.content = encode(renderSheetXml(spec))
  })
  const out = CFB.write(zip, { type: 'array', fileType: 'zip', compression: true })
  return out instanceof ArrayBuffer ? new Uint8Array(out) : Uint8Array.from(out)
}
