/**
 * The page thread's side of the PDF worker: one worker for the app session, started when
 * 文件输出 or 使用说明 first opens and kept when it is left (with its parsed fonts, warm code and
 * the documents it made last); fonts sent once (and again when the user picks another), each
 * document set and guide answered by id. Answers are checked against the protocol before a
 * page uses them.
 */
import { fail, ok, type Result } from '../../shared/result'
import type {
  DocumentSetOptions,
  FontFile,
  FontRole,
  GuideKind,
  GuideYear,
  OutputFile,
  RoleReport,
} from '../../documents/options'
import type { YearPackage } from '../../domain'
import {
  DocumentsMessageSchema,
  type DocumentsMessage,
  type DocumentsRequest,
} from './documents-protocol'

export interface Generated {
  files: OutputFile[]
  missing: string[]
  /** Made before for the same data, options and fonts: served without laying out again. */
  cached: boolean
}

export class DocumentsClient {
  private readonly worker = new Worker(new URL('./documents.worker.ts', import.meta.url), {
    type: 'module',
  })
  private nextId = 1
  /**
   * Requests are posted in the order they were asked: a request asked while fonts are still
   * being read waits for them, so the worker never gets a document before its fonts.
   */
  private posted: Promise<void> = Promise.resolve()
  private fontsAsked = false
  /** Set once the worker has failed or been stopped: later calls get this reason at once. */
  private broken: string | null = null
  private fontsWaiting: ((r: Result<RoleReport[]>) => void)[] = []
  private readonly jobs = new Map<
    number,
    {
      resolve: (r: Result<Generated>) => void
      onProgress?: (done: number, total: number, file: string) => void
    }
  >()

  constructor() {
    this.worker.onmessage = (e: MessageEvent<unknown>) => {
      const parsed = DocumentsMessageSchema.safeParse(e.data)
      if (!parsed.success) return this.failAll('生成文件的进程返回了无法识别的结果')
      this.receive(parsed.data as DocumentsMessage)
    }
    this.worker.onerror = (e) => {
      this.broken = `生成文件的进程出错：${e.message || '无法启动'}`
      this.failAll(this.broken)
    }
  }

  /**
   * Sends the font files (once read, when they are still being read); answers with the font
   * serving each role, or why none can. Every later request is made with these fonts.
   */
  setFonts(
    fonts: FontFile[] | Promise<FontFile[]>,
    overrides: Partial<Record<FontRole, string>>,
  ): Promise<Result<RoleReport[]>> {
    if (this.broken) return Promise.resolve(fail('worker-failed', this.broken))
    this.fontsAsked = true
    return new Promise((resolve) => {
      this.fontsWaiting.push(resolve)
      this.post(async () => ({
        type: 'fonts',
        // Fonts that could not be read at all: the worker says that none can serve.
        fonts: await Promise.resolve(fonts).catch(() => []),
        overrides,
      }))
    })
  }

  /** True once fonts were sent (or are being read to be sent): 文件输出 sends its choice. */
  get hasFonts(): boolean {
    return this.fontsAsked
  }

  generate(
    kind: 'notice' | 'set',
    pkg: YearPackage,
    options: DocumentSetOptions,
    onProgress?: (done: number, total: number, file: string) => void,
  ): Promise<Result<Generated>> {
    return this.ask(onProgress, (id) => ({ type: 'generate', id, kind, pkg, options }))
  }

  /** 使用说明.pdf or 填表说明.pdf, with the fonts last sent; `today` is the printing date. */
  guide(
    kind: GuideKind,
    year: GuideYear,
    today: string,
    onProgress?: (done: number, total: number, file: string) => void,
  ): Promise<Result<Generated>> {
    return this.ask(onProgress, (id) => ({ type: 'guide', id, kind, year, today }))
  }

  /** False once the worker has failed: the next documentsClient() starts a new one. */
  get usable(): boolean {
    return this.broken === null
  }

  private ask(
    onProgress: ((done: number, total: number, file: string) => void) | undefined,
    request: (id: number) => DocumentsRequest,
  ): Promise<Result<Generated>> {
    if (this.broken) return Promise.resolve(fail('worker-failed', this.broken))
    const id = this.nextId++
    return new Promise((resolve) => {
      this.jobs.set(id, { resolve, onProgress })
      this.post(() => request(id))
    })
  }

  private post(request: () => DocumentsRequest | Promise<DocumentsRequest>): void {
    this.posted = this.posted
      .then(async () => {
        const req = await request()
        if (!this.broken) this.worker.postMessage(req)
      })
      // A request that could not be sent fails what waits, and leaves the line open for the next.
      .catch((err: unknown) =>
        this.failAll(`生成文件的请求未能发出：${err instanceof Error ? err.message : String(err)}`),
      )
  }

  private receive(m: DocumentsMessage): void {
    if (m.type === 'fonts' || m.type === 'fonts-failed') {
      const waiting = this.fontsWaiting.shift()
      waiting?.(m.type === 'fonts' ? ok(m.report) : fail('fonts-failed', m.message))
      return
    }
    // A request the worker could not read at all (id −1): nothing waits for it by id.
    if (m.type === 'failed' && m.id === -1) return this.failAll(m.message)
    const job = this.jobs.get(m.id)
    if (!job) return
    if (m.type === 'progress') return job.onProgress?.(m.done, m.total, m.file)
    this.jobs.delete(m.id)
    job.resolve(
      m.type === 'done'
        ? ok({ files: m.files, missing: m.missing, cached: m.cached })
        : fail('generate-failed', m.message),
    )
  }

  private failAll(message: string): void {
    for (const w of this.fontsWaiting.splice(0)) w(fail('worker-failed', message))
    for (const [id, job] of this.jobs) {
      this.jobs.delete(id)
      job.resolve(fail('worker-failed', message))
    }
  }
}

let shared: DocumentsClient | null = null

/** The app's one PDF worker, started on first call (and again after it failed). */
export function documentsClient(): DocumentsClient {
  if (!shared?.usable) shared = new DocumentsClient()
  return shared
}
