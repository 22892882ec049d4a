/**
 * A unit's returned files over time, in words: each version with its self-score total, and what
 * changed from the version before it (item, what, old → new) — the office's answer to "what
 * did they change in the file they sent again?".
 */
import { criteriaItems, formatPoints, type CriteriaSheet } from '../../../domain'
import { diffSubmissions, type SubmissionRow } from '../../../db'

export interface VersionLine {
  version: number
  importedAt: string
  importedBy: string
  fileName: string
  criteriaVersion: number
  /** Sum of the self scores given (hundredths), and how many items were left blank. */
  selfTotal: number
  blanks: number
  /** Differences from the previous version; null for the first one. */
  changes: number | null
}

export interface ChangeLine {
  code: string
  /** The item's wording from the criteria (empty for the veto declaration or an unknown code). */
  title: string
  field: string
  before: string
  after: string
}

export function versionLines(versions: readonly SubmissionRow[]): VersionLine[] {
  const sorted = [...versions].sort((a, b) => a.version - b.version)
  return sorted.map((v, i) => ({
    version: v.version,
    importedAt: v.importedAt,
    importedBy: v.importedBy,
    fileName: v.fileName,
    criteriaVersion: v.criteriaVersion,
    selfTotal: v.items.reduce((sum, item) => sum + (item.score ?? 0), 0),
    blanks: v.items.filter((item) => item.score === null).length,
    changes: i === 0 ? null : diffSubmissions(sorted[i - 1]!, v).length,
  }))
}

const shown = (text: string) => (text.trim() === '' ? '（空）' : text)

/** What changed from `older` to `newer`, with item titles and veto conditions in words. */
export function changeLines(
  older: SubmissionRow,
  newer: SubmissionRow,
  sheet: CriteriaSheet | undefined,
): ChangeLine[] {
  const titles = new Map(sheet ? criteriaItems(sheet).map((i) => [i.code, i.title]) : [])
  const vetoes = new Map((sheet?.vetoes ?? []).map((v) => [v.code, v.text]))
  const vetoText = (codes: string) =>
    codes === '无'
      ? '无'
      : codes
          .split('、')
          .map((c) => vetoes.get(c) ?? c)
          .join('；')
  return diffSubmissions(older, newer).map((c) => {
    if (c.field === '否决情形') {
      return {
        code: '一票否决',
        title: '',
        field: '申报的否决情形',
        before: vetoText(c.before),
        after: vetoText(c.after),
      }
    }
    if (c.field === '指标') {
      return {
        code: c.code,
        title: titles.get(c.code) ?? '',
        field: '考评内容',
        before: c.before === '有' ? '有此项' : '无此项',
        after: c.after === '有' ? '有此项' : '无此项',
      }
    }
    return {
      code: c.code,
      title: titles.get(c.code) ?? '',
      field: c.field,
      before: shown(c.before),
      after: shown(c.after),
    }
  })
}

export const totalText = (line: VersionLine): string =>
  `${formatPoints(line.selfTotal)} 分${line.blanks > 0 ? `（${line.blanks} 项未填）` : ''}`
