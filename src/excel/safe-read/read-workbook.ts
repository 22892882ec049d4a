/**
 * The one door through which bytes become a workbook. Before SheetJS: size cap, signature,
 * zip directory check. Around it: formulas off, a row limit, no HTML, no VBA, and its errors
 * turned into Chinese messages. After it: sheet names and cells are read only as own
 * properties, so a sheet called `__proto__` is just a sheet that is not there.
 */
import * as XLSX from 'xlsx'
import { LIMITS } from '../limits'
import { detectFileKind, type FileKind } from './signature'
import { inspectZip } from './zip-inspect'

export interface OpenedWorkbook {
  kind: Exclude<FileKind, 'encrypted' | 'not-workbook'>
  sheetNames: string[]
  sheet(name: string): XLSX.WorkSheet | undefined
  /** Cells that held a formula (OOXML only; old .xls cannot be told apart), per sheet name. */
  formulaCells(name: string): Set<string>
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

const FORMULA_CELL = /<c r="([A-Z]{1,3}[0-9]{1,7})"[^>]{0,200}>(?:<f[ >/])/g

function formulaMap(files: Record<string, { content?: unknown }> | undefined, sheets: string[]) {
  const out = new Map<number, Set<string>>()
  if (!files) return out
  sheets.forEach((path: unknown, index) => {
    // A damaged workbook can leave holes in SheetJS's list of sheet parts.
    if (typeof path !== 'string') return
    const entry = files[path.replace(/^\//, '')] ?? files[path]
    if (!entry || !(entry.content instanceof Uint8Array)) return
    const xml = new TextDecoder().decode(entry.content)
    if (!xml.includes('<f')) return
    const cells = new Set<string>()
    for (const m of xml.matchAll(FORMULA_CELL)) if (m[1]) cells.add(m[1])
    out.set(index, cells)
  })
  return out
}

export function openWorkbook(bytes: Uint8Array, limits = LIMITS): OpenResult {
  if (bytes.byteLength === 0) return { ok: false, reason: '文件是空的' }
  if (bytes.byteLength > limits.maxFileBytes) {
    return {
      ok: false,
      reason: `文件过大（${(bytes.byteLength / 1048576).toFixed(1)} MB），自查表不应超过 10 MB`,
    }
  }
  const kind = detectFileKind(bytes)
  if (kind === 'encrypted')
    return { ok: false, reason: '文件设置了打开密码，请取消密码后另存再导入' }
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
  const raw = wb as unknown as {
    files?: Record<string, { content?: unknown }>
    Directory?: { sheets?: string[] }
  }
  const formulas = kind === 'xlsx' ? formulaMap(raw.files, raw.Directory?.sheets ?? []) : new Map()
  const sheetMeta = wb.Workbook?.Sheets ?? []
  return {
    ok: true,
    workbook: {
      kind,
      sheetNames: names,
      sheet: (name) => (Object.hasOwn(sheets, name) ? sheets[name] : undefined),
      formulaCells: (name) => formulas.get(names.indexOf(name)) ?? new Set(),
      hidden: (name) => Boolean(sheetMeta[names.indexOf(name)]?.Hidden),
    },
  }
}
