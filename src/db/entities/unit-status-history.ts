/**
 * The 自查材料 status marks of a unit (已下发, 有问题) are kept on the unit row, which a year
 * package does not carry. Every change of them is recorded in the history, which the package
 * does carry; a restore reads them back from it, so 有问题 comes back as 有问题, not 已回收.
 */
import type { HistoryEntry } from '../../domain'
import type { UnitRow } from '../core/rows'

export const TEMPLATE_ENTITY = 'template'
export const TEMPLATE_ISSUE = 'issue'
/** A returned file that could not be imported (the unit is 有问题 until a good one comes). */
export const SUBMISSION_REFUSED = 'refused'

type Marks = Pick<UnitRow, 'templateIssuedAt' | 'importProblem'>

/** Each unit's marks as the history leaves them, by unit id; units never marked are absent. */
export function statusMarksFromHistory(history: readonly HistoryEntry[]): Map<string, Marks> {
  const marks = new Map<string, Marks>()
  const of = (id: string): Marks => {
    const m = marks.get(id) ?? {}
    marks.set(id, m)
    return m
  }
  for (const h of history) {
    if (h.entity === TEMPLATE_ENTITY && h.action === TEMPLATE_ISSUE) {
      const units = (h.newValue as { units?: { id: string }[] } | null)?.units ?? []
      for (const u of units) of(u.id).templateIssuedAt = h.at
    } else if (h.entity === 'submission' && h.action === SUBMISSION_REFUSED) {
      const v = h.newValue as { fileName: string; messages: string[] }
      of(h.entityId).importProblem = { fileName: v.fileName, at: h.at, messages: v.messages }
    } else if (h.entity === 'submission' && (h.action === 'import' || h.action === 're-import')) {
      // A good file clears the problem, as the import itself does.
      of(h.entityId).importProblem = null
    }
  }
  return marks
}
