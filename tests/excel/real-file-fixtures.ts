/**
 * Files as real office suites, scripts and converters hand them back, made by code (no committed
 * binaries): formulas without results, tabs moved, merged score cells, a template copied for
 * another unit, the same reviewer twice, .ods, pictures pasted in, a renamed sheet.
 */
import * as XLSX from 'xlsx'
import { criteriaItems, type YearPackage } from '../../src/domain'
import { writeReviewerSheet } from '../../src/excel/reviewer/write-reviewer-sheet'
import { filledTemplate } from './bad-files'
import { editWorkbook } from './fill-template'

interface Zip {
  FullPaths: string[]
}
const CFB = XLSX.CFB as {
  read(d: Uint8Array, o: { type: 'array' }): Zip
  find(z: Zip, p: string): { content: Uint8Array | number[] } | null
  write(z: Zip, o: { type: 'array'; fileType: 'zip'; compression: boolean }): ArrayBuffer | number[]
  utils: { cfb_add(z: Zip, name: string, data: Uint8Array): void }
}
const bytes = (x: ArrayBuffer | number[]) =>
  x instanceof ArrayBuffer ? new Uint8Array(x) : Uint8Array.from(x)

/** Rewrites one XML part of an .xlsx. */
export function patchPart(data: Uint8Array, path: string, edit: (xml: string) => string) {
  const zip = CFB.read(data, { type: 'array' })
  const entry = CFB.find(zip, `/${path}`)
  if (!entry) throw new Error(`no part ${path}`)
  const xml = new TextDecoder().decode(Uint8Array.from(entry.content))
  const next = edit(xml)
  if (next === xml) throw new Error(`patch of ${path} changed nothing`)
  entry.content = new TextEncoder().encode(next)
  return bytes(CFB.write(zip, { type: 'array', fileType: 'zip', compression: true }))
}

/** A score cell holding a formula and no cached result, as scripts (openpyxl, SheetJS) write. */
export function formulaWithoutResult(pkg: YearPackage) {
  const base = filledTemplate(pkg)
  const code = criteriaItems(pkg.criteria[base.unit.sequence])[0]!.code
  const ref = `D${base.rows.get(code)!}`
  const data = patchPart(base.data, 'xl/worksheets/sheet1.xml', (xml) =>
    xml.replace(
      new RegExp(`<c r="${ref}"([^>]*)><v>[^<]*</v></c>`),
      `<c r="${ref}"$1><f>2+2</f></c>`,
    ),
  )
  return { ...base, ref, data }
}

/** Formulas with results in the score column, then the tabs moved as Excel moves them. */
export function formulaTabsReordered(pkg: YearPackage) {
  const base = filledTemplate(pkg)
  const code = criteriaItems(pkg.criteria[base.unit.sequence])[0]!.code
  const ref = `D${base.rows.get(code)!}`
  const withFormula = editWorkbook(base.data, {}, { formulas: { 自查表: { [ref]: '2+2' } } })
  // Excel keeps sheet1.xml for the 自查表 and only reorders the <sheet> elements.
  const data = patchPart(withFormula, 'xl/workbook.xml', (xml) =>
    xml.replace(/(<sheet [^>]*name="自查表"[^>]*\/>)(<sheet [^>]*\/>)/, '$2$1'),
  )
  return { ...base, ref, data }
}

/** Three score cells merged into one, with a score typed into the merge. */
export function mergedScores(pkg: YearPackage) {
  const base = filledTemplate(pkg)
  const codes = criteriaItems(pkg.criteria[base.unit.sequence])
    .slice(0, 3)
    .map((i) => i.code)
  const rows = codes.map((c) => base.rows.get(c)!)
  const wb = XLSX.read(base.data, { type: 'array' })
  const ws = wb.Sheets['自查表']!
  ws['!merges'] = [...(ws['!merges'] ?? []), XLSX.utils.decode_range(`D${rows[0]}:D${rows[2]}`)]
  delete ws[`D${rows[1]}`]
  delete ws[`D${rows[2]}`]
  const data = bytes(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
  return { ...base, range: `D${rows[0]}:D${rows[2]}`, data }
}

/** A reviewer's sheet with one score filled, for the batch checks. */
export function reviewerFile(pkg: YearPackage, reviewerIndex = 0) {
  const reviewer = pkg.reviewers[reviewerIndex]!
  return { reviewer, data: writeReviewerSheet(pkg, reviewer) }
}

export function asOds(data: Uint8Array): Uint8Array {
  const wb = XLSX.read(data, { type: 'array' })
  return bytes(XLSX.write(wb, { type: 'array', bookType: 'ods' }) as ArrayBuffer)
}

/** A filled template with an 11 MB photo pasted in (random bytes do not compress). */
export function withPicture(data: Uint8Array): Uint8Array {
  const zip = CFB.read(data, { type: 'array' })
  const photo = new Uint8Array(11 * 1024 * 1024)
  let x = 12345
  for (let i = 0; i < photo.length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    photo[i] = x >>> 24
  }
  CFB.utils.cfb_add(zip, 'xl/media/image1.jpeg', photo)
  return bytes(CFB.write(zip, { type: 'array', fileType: 'zip', compression: true }))
}

/** The 自查表 tab renamed (to what WPS calls a new sheet). */
export function renamedSheet(data: Uint8Array): Uint8Array {
  return patchPart(data, 'xl/workbook.xml', (xml) =>
    xml.replace('<sheet name="自查表"', '<sheet name="Sheet1"'),
  )
}
