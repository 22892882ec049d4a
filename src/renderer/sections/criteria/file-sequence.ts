import { SEQUENCE_LABELS, SEQUENCES, type Sequence } from '../../../domain'
import { openWorkbook } from '../../../excel'

/**
 * The sequence a criteria workbook names in its title row (`2026年度考评细则（县级部门）`, as the
 * export writes it), or null when the title names neither or is missing. Used to ask before a
 * department sheet is loaded into the townships' editor: the reader itself cannot tell.
 */
export function titledSequence(data: Uint8Array): Sequence | null {
  const opened = openWorkbook(data)
  if (!opened.ok) return null
  const ws = opened.workbook.sheet('考评细则')
  // Own property only: the sheet object comes from an untrusted file.
  const cell: unknown = ws && Object.prototype.hasOwnProperty.call(ws, 'A1') ? ws.A1 : undefined
  const title =
    cell && typeof cell === 'object' && 'v' in cell && typeof cell.v === 'string' ? cell.v : ''
  const named = SEQUENCES.filter((s) => title.includes(`（${SEQUENCE_LABELS[s]}）`))
  return named.length === 1 ? named[0]! : null
}
