/**
 * A visible worksheet's XML, written from its spec: SheetJS Community writes neither styles nor
 * row heights, and leaves empty cells out of the file, so the fill-in cells of a form printed
 * without lines. Every cell of the table is written here, styled, with a height for every row,
 * the page set up for A4 landscape one page wide, and the form's validations and protection.
 */
import * as XLSX from 'xlsx'
import type { OutValue } from './safe-cells'
import type { SheetSpec, Validation } from './sheet-builder'
import { STYLE, type StyleName } from './styles'
import { rowPoints, wrappedLines } from './text-width'

/** XML text, with the control characters XML 1.0 cannot hold written the OOXML way (_x0001_). */
export function escapeXml(text: string): string {
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`,
    )
}

const addr = (r: number, c: number) => XLSX.utils.encode_cell({ r, c })

function styleOf(spec: SheetSpec, r: number, c: number): StyleName {
  const titles = spec.titleRows ?? 0
  if (r < titles) return 'title'
  if (r < spec.headerRows - 1) return 'note'
  if (r === spec.headerRows - 1) return 'header'
  if (spec.notesFrom !== undefined && r >= spec.notesFrom) return 'note'
  if (spec.sectionRows?.includes(r)) return 'section'
  const points = spec.pointColumns?.includes(c) ?? false
  if (spec.totalRows?.includes(r)) return points ? 'totalPoints' : 'total'
  if (spec.inputs?.rows.includes(r) && spec.inputs.cols.includes(c)) {
    if (points) return 'inputPoints'
    return spec.wrapColumns?.includes(c) ? 'input' : 'inputCentered'
  }
  if (points) return 'points'
  return spec.wrapColumns?.includes(c) ? 'body' : 'bodyCentered'
}

/** Whether (r, c) is inside a table row, where every cell is written so that it has borders. */
function inTable(spec: SheetSpec, r: number): boolean {
  return r >= spec.headerRows - 1 && (spec.notesFrom === undefined || r < spec.notesFrom)
}

function cellXml(
  ref: string,
  style: number,
  value: OutValue,
  formula?: { formula: string; value: number },
) {
  if (formula) {
    return `<c r="${ref}" s="${style}"><f>${escapeXml(formula.formula)}</f><v>${formula.value}</v></c>`
  }
  if (value === null || value === undefined || value === '') return `<c r="${ref}" s="${style}"/>`
  if (typeof value === 'number') return `<c r="${ref}" s="${style}"><v>${value}</v></c>`
  return `<c r="${ref}" s="${style}" t="str"><v>${escapeXml(value)}</v></c>`
}

/** Width in characters that the text of (r, c) has to wrap in: its merged range's, if any. */
function widthAt(spec: SheetSpec, r: number, c: number): number {
  const merge = spec.merges?.find((m) => m.s.r === r && m.s.c === c)
  const last = merge ? merge.e.c : c
  let w = 0
  for (let i = c; i <= last; i++) w += spec.widths[i] ?? 9
  return w
}

function rowHeight(spec: SheetSpec, r: number, row: OutValue[]): number {
  if (r < (spec.titleRows ?? 0)) return rowPoints(1, 16)
  let lines = 1
  row.forEach((v, c) => {
    if (typeof v === 'string' && v) lines = Math.max(lines, wrappedLines(v, widthAt(spec, r, c)))
  })
  return rowPoints(lines)
}

function validationXml(v: Validation): string {
  const common = `allowBlank="1" showInputMessage="1" showErrorMessage="1" errorStyle="stop" errorTitle="${escapeXml(v.errorTitle)}" error="${escapeXml(v.error)}" promptTitle="${escapeXml(v.promptTitle)}" prompt="${escapeXml(v.prompt)}" sqref="${v.cells.join(' ')}"`
  if (v.rule.kind === 'list') {
    return `<dataValidation type="list" ${common}><formula1>"${escapeXml(v.rule.options.join(','))}"</formula1></dataValidation>`
  }
  return `<dataValidation type="decimal" operator="between" ${common}><formula1>${v.rule.min}</formula1><formula2>${v.rule.max}</formula2></dataValidation>`
}

/** In header and footer text `&` starts a code (&P page, &N pages); a literal one is `&&`. */
const headerText = (s: string) => escapeXml(s.replace(/&/g, '&&'))

export function renderSheetXml(spec: SheetSpec): string {
  const cols = spec.widths.length
  const formulas = new Map((spec.formulas ?? []).map((f) => [f.cell, f]))
  const rows: string[] = []
  spec.rows.forEach((row, r) => {
    const cells: string[] = []
    const all = inTable(spec, r)
    const last = all ? cols - 1 : row.length - 1
    for (let c = 0; c <= last; c++) {
      const ref = addr(r, c)
      const value = row[c]
      const formula = formulas.get(ref)
      if (!all && (value === null || value === undefined || value === '') && !formula) continue
      cells.push(cellXml(ref, STYLE[styleOf(spec, r, c)], value, formula))
    }
    rows.push(
      `<row r="${r + 1}" ht="${rowHeight(spec, r, row)}" customHeight="1">${cells.join('')}</row>`,
    )
  })
  const lastRef = addr(Math.max(spec.rows.length - 1, 0), cols - 1)
  const top = `A${spec.headerRows + 1}`
  const pane =
    spec.headerRows > 0
      ? `<pane ySplit="${spec.headerRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/>`
      : ''
  const colXml = spec.widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('')
  const merges = spec.merges?.length
    ? `<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${XLSX.utils.encode_range(m)}"/>`).join('')}</mergeCells>`
    : ''
  const validations = spec.validations?.length
    ? `<dataValidations count="${spec.validations.length}">${spec.validations.map(validationXml).join('')}</dataValidations>`
    : ''
  // Rows and columns may still be resized (a long explanation needs a taller row); cells,
  // rows and columns cannot be inserted or deleted, so the importer finds what it wrote.
  const protection = spec.protect
    ? '<sheetProtection sheet="1" objects="1" scenarios="1" formatCells="1" formatColumns="0" formatRows="0" insertColumns="1" insertRows="1" deleteColumns="1" deleteRows="1" selectLockedCells="0" selectUnlockedCells="0"/>'
    : ''
  const orientation = spec.landscape === false ? 'portrait' : 'landscape'
  const header = spec.pageHeader
    ? `<oddHeader>&amp;C${headerText(spec.pageHeader)}</oddHeader>`
    : ''
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${lastRef}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="20"/>' +
    `<cols>${colXml}</cols>` +
    `<sheetData>${rows.join('')}</sheetData>` +
    protection +
    merges +
    validations +
    '<printOptions horizontalCentered="1"/>' +
    '<pageMargins left="0.4" right="0.4" top="0.7" bottom="0.7" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" orientation="${orientation}" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter>${header}<oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter></headerFooter>` +
    '</worksheet>'
  )
}
