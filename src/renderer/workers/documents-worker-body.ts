/**
 * The PDF worker's work as a plain object (tested without a Worker): one font set parsed once
 * and kept between requests, so that every later document or guide starts warm, and the last
 * documents it made, so that the same request again (same data, options and fonts) is answered
 * at once. Runs in the worker only: it brings the whole documents layer with pdfmake.
 */
import {
  FontSet,
  GUIDE_FILE_NAMES,
  generateDocumentSet,
  generateGuide,
  generateNotice,
  resolveFonts,
  type OutputFile,
} from '../../documents'
import {
  DocumentsRequestSchema,
  type DocumentsMessage,
  type DocumentsRequest,
} from './documents-protocol'
import { MadeSets, guideKey, madeSetKey } from './made-sets'

/** Progress messages at most this often: pdfmake reports every drawn item. */
const PROGRESS_EVERY_MS = 100

type Made = { files: OutputFile[]; missing: string[] }

/** The worker's state and work: fonts parsed once, documents and guides made on request. */
export function documentsWorker(post: (m: DocumentsMessage) => void) {
  let fonts: FontSet | null = null
  const made = new MadeSets<Made>()
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
    const key =
      req.type === 'guide'
        ? guideKey(req.kind, req.year, req.today)
        : madeSetKey(req.kind, req.pkg, req.options)
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
      const r = await make(req, fonts, progress)
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

type Outcome = { ok: true; value: OutputFile[] } | { ok: false; error: { message: string } }

async function make(
  req: Exclude<DocumentsRequest, { type: 'fonts' }>,
  fonts: FontSet,
  progress: (done: number, total: number, file: string) => void,
): Promise<Outcome> {
  if (req.type === 'guide') {
    // One file: its progress is the share of its pages drawn, as for one file of a set.
    const name = GUIDE_FILE_NAMES[req.kind]
    progress(0, 1, name)
    const file = await generateGuide(req.kind, fonts, req.year, req.today, (f) =>
      progress(f, 1, name),
    )
    progress(1, 1, '')
    return { ok: true, value: [file] }
  }
  if (req.kind === 'notice') {
    const n = await generateNotice(req.pkg, fonts, req.options.notice)
    return n.ok ? { ok: true, value: [{ name: '通报.pdf', bytes: n.value }] } : n
  }
  return generateDocumentSet(req.pkg, fonts, req.options, progress)
}
