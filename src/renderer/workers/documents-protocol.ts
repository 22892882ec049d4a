/**
 * Messages between the 文件输出 page and the PDF worker, and the worker's work as a plain
 * object (tested without a Worker). Laying out a year's documents takes seconds: it runs off
 * the page thread, which stays responsive and shows the progress. The worker keeps the parsed
 * fonts between requests, so a second preview starts warm, and the last documents it made, so
 * the same request again (same data, options and fonts) is answered at once.
 *
 * Both directions are checked with zod: the worker accepts only a well-formed request (a
 * broken one is answered in Chinese, never half-done), the page only well-formed answers.
 */
import { z } from 'zod'
import { YearPackageSchema, type YearPackage } from '../../domain'
import {
  FONT_ROLES,
  SIGNATURE_LAYOUTS,
  FontSet,
  generateDocumentSet,
  generateNotice,
  resolveFonts,
  type DocumentSetOptions,
  type FontFile,
  type FontRole,
  type OutputFile,
  type RoleReport,
} from '../../documents'
import { MadeSets, madeSetKey } from './made-sets'

const role = z.enum(FONT_ROLES)
const bytes = z.instanceof(Uint8Array)
const text = z.string()

const FontFileSchema = z.object({
  id: text,
  label: text,
  bytes,
  postscriptName: text.optional(),
  suits: z.array(role),
  official: z.boolean(),
})

const OptionsSchema = z.object({
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

export const DocumentsRequestSchema = z.discriminatedUnion('type', [
  /** The font files offered (installed, bundled, picked) and the user's choice per role. */
  z.object({
    type: z.literal('fonts'),
    fonts: z.array(FontFileSchema),
    overrides: z.partialRecord(role, text),
  }),
  /** The 通报 alone (preview) or the whole set, with the fonts last sent. */
  z.object({
    type: z.literal('generate'),
    id: z.number().int(),
    kind: z.enum(['notice', 'set']),
    pkg: YearPackageSchema,
    options: OptionsSchema,
  }),
])
export type DocumentsRequest =
  | { type: 'fonts'; fonts: FontFile[]; overrides: Partial<Record<FontRole, string>> }
  | {
      type: 'generate'
      id: number
      kind: 'notice' | 'set'
      pkg: YearPackage
      options: DocumentSetOptions
    }

const ReportSchema = z.object({
  role,
  roleLabel: text,
  fontId: text,
  fontLabel: text,
  substitute: z.boolean(),
})

export const DocumentsMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('fonts'), report: z.array(ReportSchema) }),
  z.object({ type: z.literal('fonts-failed'), message: text }),
  z.object({
    type: z.literal('progress'),
    id: z.number(),
    done: z.number(),
    total: z.number(),
    file: text,
  }),
  z.object({
    type: z.literal('done'),
    id: z.number(),
    files: z.array(z.object({ name: text, bytes })),
    /** Characters no font could draw (shown to the user with a hint to pick a font). */
    missing: z.array(text),
    /** Answered from the documents made before for the same request, without laying out. */
    cached: z.boolean(),
  }),
  z.object({ type: z.literal('failed'), id: z.number(), message: text }),
])
export type DocumentsMessage =
  | { type: 'fonts'; report: RoleReport[] }
  | { type: 'fonts-failed'; message: string }
  | { type: 'progress'; id: number; done: number; total: number; file: string }
  | { type: 'done'; id: number; files: OutputFile[]; missing: string[]; cached: boolean }
  | { type: 'failed'; id: number; message: string }

/** Progress messages at most this often: pdfmake reports every drawn item. */
const PROGRESS_EVERY_MS = 100

/** The worker's state and work: fonts parsed once, documents generated on request. */
export function documentsWorker(post: (m: DocumentsMessage) => void) {
  let fonts: FontSet | null = null
  const made = new MadeSets<{ files: OutputFile[]; missing: string[] }>()
  return async function handle(raw: unknown): Promise<void> {
    const parsed = DocumentsRequestSchema.safeParse(raw)
    if (!parsed.success) {
      const id =
        raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'number' ? raw.id : -1
      const where = parsed.error.issues[0]?.path.join('.') ?? ''
      post({
        type: 'failed',
        id,
        message: `生成文件的请求不完整（${where || '整体'}），未生成任何文件`,
      })
      return
    }
    const req = parsed.data as DocumentsRequest
    if (req.type === 'fonts') {
      const r = resolveFonts(req.fonts, { overrides: req.overrides })
      fonts = r.ok ? new FontSet(r.value) : null
      // Other fonts make other documents.
      made.clear()
      post(
        r.ok
          ? { type: 'fonts', report: fonts!.report }
          : { type: 'fonts-failed', message: r.error.message },
      )
      return
    }
    const { id } = req
    if (!fonts) {
      post({ type: 'failed', id, message: '没有可用的字体，未生成任何文件' })
      return
    }
    const key = madeSetKey(req.kind, req.pkg, req.options)
    const before = made.get(key)
    if (before) {
      post({ type: 'done', id, ...before, cached: true })
      return
    }
    try {
      let last = 0
      const progress = (done: number, total: number, file: string) => {
        const now = Date.now()
        if (now - last < PROGRESS_EVERY_MS && done < total) return
        last = now
        post({ type: 'progress', id, done, total, file })
      }
      const r =
        req.kind === 'notice'
          ? await generateNotice(req.pkg, fonts, req.options.notice).then((n) =>
              n.ok ? { ok: true as const, value: [{ name: '通报.pdf', bytes: n.value }] } : n,
            )
          : await generateDocumentSet(req.pkg, fonts, req.options, progress)
      if (!r.ok) post({ type: 'failed', id, message: r.error.message })
      else {
        const answer = { files: r.value, missing: [...fonts.missing] }
        made.put(key, answer)
        post({ type: 'done', id, ...answer, cached: false })
      }
    } catch (err) {
      post({
        type: 'failed',
        id,
        message: `生成文件时出错：${err instanceof Error ? err.message : String(err)}`,
      })
    }
  }
}
