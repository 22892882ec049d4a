import { computeResults, type YearPackage, type YearResults } from '../domain'
import { interviewListDefinition, interviewRows } from './docs/interview-list'
import { scoreSheetDefinition } from './docs/score-sheet'
import {
  defaultDocumentOptions,
  type DocumentSetOptions,
  type OutputFile,
} from './document-options'
import { warningLetterDefinition, warningUnits } from './docs/warning-letter'
import type { FontSet } from './fonts/font-set'
import { noticeDefinition, type NoticeContent } from './notice/notice-doc'
import { rankingBlocks, type NoticeOptions } from './notice/notice-input'
import { mainProblems } from './notice/main-problems'
import { renderPdf } from './render-pdf'

/** What the 通报 says of this year, from its results. */
export function noticeContent(pkg: YearPackage, results: YearResults): NoticeContent {
  return {
    county: pkg.settings.countyName,
    year: pkg.year,
    offices: [pkg.settings.partyOffice, pkg.settings.governmentOffice],
    blocks: rankingBlocks(results),
    problems: mainProblems(pkg, results),
  }
}

/** 通报 alone (the app's preview and the warm benchmark). */
export async function generateNotice(pkg: YearPackage, fonts: FontSet, o: NoticeOptions) {
  const def = noticeDefinition(fonts, noticeContent(pkg, computeResults(pkg)), o)
  if (!def.ok) return def
  return { ok: true as const, value: await renderPdf(def.value, fonts) }
}

/**
 * How far the set is: `done` counts finished files plus the drawn share of the current one,
 * out of `total` files; `file` is the one being made.
 */
export type SetProgress = (done: number, total: number, file: string) => void

/** The whole set: 通报, 约谈名单, 考评评分表 (one or per unit), one 警示函 per unit concerned. */
export async function generateDocumentSet(
  pkg: YearPackage,
  fonts: FontSet,
  o: DocumentSetOptions = defaultDocumentOptions(pkg),
  onProgress?: SetProgress,
): Promise<
  { ok: true; value: OutputFile[] } | { ok: false; error: { code: string; message: string } }
> {
  const results = computeResults(pkg)
  const units = results.sequences.flatMap((s) => s.units)
  const rows = interviewRows(pkg, results)
  const sheets = o.scoreSheetPerUnit
    ? units.map((u) => ({ name: `考评评分表-${safeName(u.name)}.pdf`, units: [u] }))
    : [{ name: '考评评分表.pdf', units }]
  const letters = warningUnits(units)
  const total = 2 + sheets.length + letters.length
  const files: OutputFile[] = []
  /** Renders one file, reporting its progress as a share of the whole set. */
  const render = async (name: string, doc: object) => {
    const done = files.length
    onProgress?.(done, total, name)
    const share = onProgress && ((f: number) => onProgress(done + f, total, name))
    const bytes = await renderPdf(doc, fonts, share)
    files.push({ name, bytes })
  }
  const notice = noticeDefinition(fonts, noticeContent(pkg, results), o.notice)
  if (!notice.ok) return notice
  await render('通报.pdf', notice.value)
  await render('约谈名单.pdf', interviewListDefinition(fonts, pkg.year, rows, o.interview))
  for (const s of sheets) await render(s.name, scoreSheetDefinition(fonts, pkg, s.units))
  for (const u of letters)
    await render(
      `警示函-${safeName(u.name)}.pdf`,
      warningLetterDefinition(fonts, pkg, u, o.warning),
    )
  onProgress?.(total, total, '')
  return { ok: true, value: files }
}

/** Unit names become file names: keep them to characters every file system accepts. */
export function safeName(name: string): string {
  const cleaned = [...name]
    .map((c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) ? '_' : c))
    .join('')
    .replace(/^\.+/, '_')
    .trim()
  return cleaned.slice(0, 60) || '_'
}
