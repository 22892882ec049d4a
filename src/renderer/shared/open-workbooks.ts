import { platform } from '@platform'
import type { OpenedFile } from '../../platform/platform'
import type { Notify } from './notify'

const EXCEL = [{ name: 'Excel 工作簿', extensions: ['xlsx', 'xls'] }]

/**
 * Excel files picked in the platform's open dialog (a file input in the browser). A dialog
 * that failed is reported; cancelling gives an empty list, so callers just do nothing.
 */
export async function openWorkbooks(
  notify: Notify,
  { multiple }: { multiple: boolean },
): Promise<OpenedFile[]> {
  const r = await platform.openFiles({ filters: EXCEL, multiple })
  if (r.ok) return r.value
  notify({ kind: 'error', title: '未能读取文件', message: r.error.message })
  return []
}
