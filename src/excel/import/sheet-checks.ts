/** Checks that the self-assessment and reviewer importers share, with their Chinese messages. */
import type * as XLSX from 'xlsx'
import type { OpenedWorkbook } from '../safe-read/read-workbook'

export const FORMULA_WITHOUT_RESULT = '公式没有计算结果，请在 Excel 或 WPS 中打开并保存后再导入'

/** `找不到工作表“自查表”（文件中的工作表：Sheet1、Sheet2）` */
export function missingSheet(name: string, wb: OpenedWorkbook): string {
  const visible = wb.sheetNames.filter((n) => !wb.hidden(n))
  return `找不到工作表“${name}”（文件中的工作表：${visible.join('、') || '无'}）`
}

/**
 * Merged ranges that cover a column: a score typed into a merge lands in its first cell only,
 * so the items under the rest of it would silently import as blank.
 */
export function mergedOver(ws: XLSX.WorkSheet, col: number): XLSX.Range[] {
  const merges = Object.hasOwn(ws, '!merges') ? (ws['!merges'] ?? []) : []
  // A merge that starts in the score cell and stays in its row still holds the score.
  return merges.filter((m) => m.s.c <= col && col <= m.e.c && !(m.s.c === col && m.s.r === m.e.r))
}
