/**
 * What SheetJS Community does not write, added to its output: frozen header rows, A4 landscape
 * fitted to the page width, borders, bold headers and wrapped text, so that a template prints
 * well from WPS. The changes are small, well-formed insertions into the sheet and style XML.
 */
import * as XLSX from 'xlsx'
import type { SheetSpec } from './sheet-builder'

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

/** Style ids appended to cellXfs (SheetJS writes exactly one xf, id 0). */
export const STYLE = { body: 1, header: 2, title: 3, bodyCentered: 4 } as const

function polishStyles(xml: string): string {
  return xml
    .replace(
      /<fonts count="1">(.*?)<\/fonts>/,
      '<fonts count="3">$1<font><b/><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font><font><b/><sz val="16"/><name val="宋体"/><family val="3"/><charset val="134"/></font></fonts>',
    )
    .replace(
      /<borders count="1">(.*?)<\/borders>/,
      '<borders count="2">$1<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>',
    )
    .replace(
      /<cellXfs count="1">(.*?)<\/cellXfs>/,
      '<cellXfs count="5">$1' +
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>' +
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>' +
        '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>' +
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>' +
        '</cellXfs>',
    )
}

function styleOf(spec: SheetSpec, row: number, col: number): number {
  const titles = spec.titleRows ?? 0
  if (row < titles) return STYLE.title
  if (row < spec.headerRows) return STYLE.header
  return spec.wrapColumns?.includes(col) ? STYLE.body : STYLE.bodyCentered
}

function polishSheet(xml: string, spec: SheetSpec): string {
  let out = xml.replace(/<c r="([A-Z]{1,3})([0-9]{1,7})"/g, (_m, col: string, row: string) => {
    const r = Number(row) - 1
    const c = XLSX.utils.decode_col(col)
    return `<c r="${col}${row}" s="${styleOf(spec, r, c)}"`
  })
  if (spec.headerRows > 0) {
    const top = `A${spec.headerRows + 1}`
    out = out.replace(
      /<sheetView workbookViewId="0"\/>/,
      `<sheetView workbookViewId="0"><pane ySplit="${spec.headerRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView>`,
    )
  }
  out = out.replace(/<dimension /, '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ')
  const setup = `<pageSetup paperSize="9" orientation="${spec.landscape === false ? 'portrait' : 'landscape'}" fitToWidth="1" fitToHeight="0"/>`
  out = out.includes('<pageMargins')
    ? out.replace(/(<pageMargins[^>]*\/>)/, `$1${setup}`)
    : out.replace('</worksheet>', `${setup}</worksheet>`)
  return out
}

/** Writes the workbook to .xlsx bytes with the layout SheetJS Community leaves out. */
export function writeWorkbook(wb: XLSX.WorkBook, specs: SheetSpec[]): Uint8Array {
  const raw = XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer
  const zip = CFB.read(new Uint8Array(raw), { type: 'array' })
  const styles = CFB.find(zip, '/xl/styles.xml')
  if (styles) styles.content = encode(polishStyles(decode(styles)))
  specs.forEach((spec, i) => {
    const sheet = CFB.find(zip, `/xl/worksheets/sheet${i + 1}.xml`)
    if (sheet && !spec.hidden) sheet.content = encode(polishSheet(decode(sheet), spec))
  })
  const out = CFB.write(zip, { type: 'array', fileType: 'zip', compression: true })
  return out instanceof ArrayBuffer ? new Uint8Array(out) : Uint8Array.from(out)
}
