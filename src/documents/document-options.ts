import { z } from 'zod'
import type { YearPackage } from '../domain'
import type { InterviewOptions } from './docs/interview-list'
import type { WarningOptions } from './docs/warning-letter'
import { SIGNATURE_LAYOUTS, defaultNoticeOptions, type NoticeOptions } from './notice/notice-input'
import { DEFAULT_NOTICE_TEMPLATE } from './notice/notice-template'

export interface DocumentSetOptions {
  notice: NoticeOptions
  interview: InterviewOptions
  warning: WarningOptions
  /** One 评分表 PDF per unit instead of one for all. */
  scoreSheetPerUnit: boolean
}

const text = z.string()

/** The options as they cross to the PDF worker: checked there before any layout. */
export const DocumentSetOptionsSchema: z.ZodType<DocumentSetOptions> = z.object({
  notice: z.object({
    docNumber: text,
    title: text,
    recipients: text,
    template: text,
    date: text,
    rectifyBy: text,
    cc: z.array(text),
    printDate: text,
    printedBy: text,
    signature: z.enum(SIGNATURE_LAYOUTS),
    rulesName: text,
    rulesDocNumber: text,
  }),
  interview: z.object({ interviewer: text, time: text, place: text }),
  warning: z.object({
    issuer: text,
    docNumber: text,
    date: text,
    rectifyBy: text,
    rulesName: text,
    signature: z.enum(SIGNATURE_LAYOUTS),
  }),
  scoreSheetPerUnit: z.boolean(),
})

export function defaultDocumentOptions(pkg: YearPackage): DocumentSetOptions {
  const notice = defaultNoticeOptions(pkg, DEFAULT_NOTICE_TEMPLATE)
  return {
    notice,
    interview: { interviewer: '', time: '', place: '' },
    warning: {
      // Seed 004 第二十二条: the 整改工作领导小组办公室 sends the letters, in its 函 series.
      issuer: `${pkg.settings.countyName}整改工作领导小组办公室`,
      docNumber: `${pkg.settings.countyName.slice(0, 1)}整改办函〔${pkg.year + 1}〕1号`,
      date: notice.date,
      rectifyBy: notice.rectifyBy,
      rulesName: `${pkg.settings.countyName}突出生态环境问题常态化排查和整改实施办法`,
      signature: notice.signature,
    },
    scoreSheetPerUnit: false,
  }
}

export interface OutputFile {
  name: string
  bytes: Uint8Array
}
