/**
 * The one door through which bytes become a workbook. Before SheetJS: size cap, signature,
 * zip directory check. Around it: formulas off, a row limit, no HTML, no VBA, and its errors
 * turned into Chinese messages. After it: sheet names and cells are read only as own
 * properties, so a sheet called `__proto__` is just a sheet that is not there.
 */
import * as XLSX from 'xlsx'
import { LIMITS } from '../limits'
import { formulaCells, sheetXmlByName, type FormulaCells } from './sheet-parts'
import { detectFileKind, type FileKind } from './signature'
import { inspectZip, ODS_REASON } from './zip-inspect'

export interface OpenedWorkbook {
  kind: Exclude<FileKind, 'encrypted' | 'not-workbook' | 'ods'>
  sheetNames: string[]
  sheet(name: string): XLSX.WorkSheet | undefined
  /** Cells that held a formula (OOXML only; old .xls cannot be told apart), per sheet name. */
  formulaCells(name: string): Set<string>
  /** Of those, the ones saved without a result: their value is not in the file. */
  unsavedFormulaCells(name: string): Set<string>
  /** Whether the sheet is hidden in the workbook (our metadata sheet is). */
  hidden(name: string): boolean
}

export type OpenResult = { ok: true; workbook: OpenedWorkbook } | { ok: false; reason: string }

const READ_OPTIONS: XLSX.ParsingOptions = {
  type: 'array',
  cellFormula: false,
  cellHTML: false,
  cellNF: false,
  cellStyles: false,
  cellDates: false,
  bookVBA: false,
  sheetRows: LIMITS.maxRows,
  WTF: false,
}

export function openWorkbook(bytes: Uint8Array, limits = LIMITS): OpenResult {
  if (bytes.byteLength === 0) return { ok: false, reason: '文件是空的' }
  if (bytes.byteLength > limits.maxFileBytes) {
    return {
      ok: false,
      reason: `文件过大（${(bytes.byteLength / 1048576).toFixed(1)} MB），自查表不应超过 ${limits.maxFileBytes / 1048576} MB；通常是表中粘贴了图片或截图，请删除图片（佐证材料另行报送）后保存再导入`,
    }
  }
  const kind = detectFileKind(bytes)
  if (kind === 'encrypted')
    return { ok: false, reason: '文件设置了打开密码，请取消密码后另存再导入' }
  if (kind === 'ods') return { ok: false, reason: ODS_REASON }
  if (kind === 'not-workbook') {
    return { ok: false, reason: '不是 Excel 工作簿（可能是改了扩展名的文本、网页或其他文件）' }
  }
  if (kind === 'xlsx') {
    const zip = inspectZip(bytes, limits)
    if (!zip.ok) return zip
  }
  let wb: XLSX.WorkBook
  try {
    wb = XLSX.read(bytes, { ...READ_OPTIONS, bookFiles: kind === 'xlsx' })
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err)
    if (/password|encrypt/i.test(msg)) {
      return { ok: false, reason: '文件设置了密码保护，请取消密码后另存再导入' }
    }
    return { ok: false, reason: '文件已损坏，无法读取' }
  }
  const names = Array.isArray(wb.SheetNames)
    ? wb.SheetNames.filter((n) => typeof n === 'string')
    : []
  if (names.length === 0) return { ok: false, reason: '工作簿中没有工作表' }
  if (names.length > limits.maxSheets)
    return { ok: false, reason: `工作表过多（${names.length} 个）` }
  const sheets = wb.Sheets
  const raw = wb as unknown as { files?: Record<string, { content?: unknown }> }
  const formulas = new Map<string, FormulaCells>()
  if (kind === 'xlsx') {
    for (const [name, xml] of sheetXmlByName(raw.files)) formulas.set(name, formulaCells(xml))
  }
  const sheetMeta = wb.Workbook?.Sheets ?? []
  return {
    ok: true,
    workbook: {
      kind,
      sheetNames: names,
      sheet: (name) => (Object.hasOwn(sheets, name) ? sheets[name] : undefined),
      formulaCells: (name) => formulas.get(name)?.all ?? new Set(),
      unsavedFormulaCells: (name) => formulas.get(name)?.unsaved ?? new Set(),
      hidden: (name) => Boolean(sheetMeta[names.indexOf(name)]?.Hidden),
    },
  }
}
