import { computeResults, type YearPackage } from '../domain'
import {
  interviewListDefinition,
  interviewRows,
  type InterviewOptions,
} from './docs/interview-list'
import { scoreSheetDefinition } from './docs/score-sheet'
import { warningLetterDefinition, warningUnits, type WarningOptions } from './docs/warning-letter'
import type { FontSet } from './fonts/font-set'
import { noticeDefinition } from './notice/notice-doc'
import { defaultNoticeOptions, rankingBlocks, type NoticeOptions } from './notice/notice-input'
import { DEFAULT_NOTICE_TEMPLATE } from './notice/notice-template'
import { renderPdf } from './render-pdf'

export interface DocumentSetOptions {
  notice: NoticeOptions
  interview: InterviewOptions
  warning: WarningOptions
  /** One 评分表 PDF per unit instead of one for all. */
  scoreSheetPerUnit: boolean
}

export function defaultDocumentOptions(pkg: YearPackage): DocumentSetOptions {
  const notice = defaultNoticeOptions(pkg, DEFAULT_NOTICE_TEMPLATE)
  return {
    notice,
    interview: { interviewer: '', time: '', place: '' },
    warning: {
      docNumber: notice.docNumber.replace(/〔(\d+)〕\d+号/, '〔$1〕2号'),
      date: notice.date,
      rectifyBy: notice.rectifyBy,
    },
    scoreSheetPerUnit: false,
  }
}

export interface OutputFile {
  name: string
  bytes: Uint8Array
}

/** 通报 alone (the app's preview and the warm benchmark). */
export async function generateNotice(pkg: YearPackage, fonts: FontSet, o: NoticeOptions) {
  const results = computeResults(pkg)
  const def = noticeDefinition(
    fonts,
    {
      county: pkg.settings.countyName,
      year: pkg.year,
      offices: [pkg.settings.partyOffice, pkg.settings.governmentOffice],
      blocks: rankingBlocks(results),
    },
    o,
  )
  if (!def.ok) return def
  return { ok: true as const, value: await renderPdf(def.value, fonts) }
}

/** The whole set: 通报, 约谈名单, 考评评分表 (one or per unit), one 警示函 per unit concerned. */
export async function generateDocumentSet(
  pkg: YearPackage,
  fonts: FontSet,
  o: DocumentSetOptions = defaultDocumentOptions(pkg),
): Promise<
  { ok: true; value: OutputFile[] } | { ok: false; error: { code: string; message: string } }
> {
  const results = computeResults(pkg)
  const units = results.sequences.flatMap((s) => s.units)
  const notice = await generateNotice(pkg, fonts, o.notice)
  if (!notice.ok) return notice
  const files: OutputFile[] = [{ name: '通报.pdf', bytes: notice.value }]
  const rows = interviewRows(pkg, results)
  files.push({
    name: '约谈名单.pdf',
    bytes: await renderPdf(interviewListDefinition(fonts, pkg.year, rows, o.interview), fonts),
  })
  if (o.scoreSheetPerUnit)
    for (const u of units)
      files.push({
        name: `考评评分表-${safeName(u.name)}.pdf`,
        bytes: await renderPdf(scoreSheetDefinition(fonts, pkg, [u]), fonts),
      })
  else
    files.push({
      name: '考评评分表.pdf',
      bytes: await renderPdf(scoreSheetDefinition(fonts, pkg, units), fonts),
    })
  for (const u of warningUnits(units))
    files.push({
      name: `警示函-${safeName(u.name)}.pdf`,
      bytes: await renderPdf(warningLetterDefinition(fonts, pkg, u, o.warning), fonts),
    })
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
