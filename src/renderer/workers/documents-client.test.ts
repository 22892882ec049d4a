import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { FontFile } from '../../documents/options'
import { DocumentsClient } from './documents-client'

/** A stand-in for the browser's Worker: records what is posted, answers when told. */
class FakeWorker {
  static last: FakeWorker
  posted: { type: string; id?: number }[] = []
  onmessage: ((e: { data: unknown }) => void) | null = null
  onerror: ((e: { message: string }) => void) | null = null
  constructor() {
    FakeWorker.last = this
  }
  postMessage(m: { type: string; id?: number }) {
    this.posted.push(m)
  }
  answer(data: unknown) {
    this.onmessage?.({ data })
  }
}

beforeEach(() => vi.stubGlobal('Worker', FakeWorker))
afterEach(() => vi.unstubAllGlobals())

const year = { year: 2026, settings: { countyName: '云溪县' } }
const flush = () => new Promise((r) => setTimeout(r, 0))

describe('DocumentsClient', () => {
  it('posts a guide only after the fonts asked before it, however long they take to read', async () => {
    const client = new DocumentsClient()
    const worker = FakeWorker.last
    expect(client.hasFonts).toBe(false)
    let read!: (files: FontFile[]) => void
    const fonts = client.setFonts(new Promise<FontFile[]>((r) => (read = r)), {})
    expect(client.hasFonts).toBe(true)
    const progress: number[] = []
    const guide = client.guide('fill', year, '2027-01-05', (done, total) =>
      progress.push(done / total),
    )
    await flush()
    expect(worker.posted).toEqual([])

    read([])
    await flush()
    expect(worker.posted.map((m) => m.type)).toEqual(['fonts', 'guide'])
    const id = worker.posted[1]!.id
    worker.answer({ type: 'fonts', report: [] })
    expect(await fonts).toEqual({ ok: true, value: [] })
    worker.answer({ type: 'progress', id, done: 0.5, total: 1, file: '填表说明.pdf' })
    const bytes = new Uint8Array([37, 80, 68, 70])
    worker.answer({
      type: 'done',
      id,
      files: [{ name: '填表说明.pdf', bytes }],
      missing: [],
      cached: false,
    })
    const made = await guide
    expect(made.ok && made.value.files[0]!.name).toBe('填表说明.pdf')
    expect(progress).toEqual([0.5])
  })

  it('fails what waits when the worker answers something it cannot read', async () => {
    const client = new DocumentsClient()
    const guide = client.guide('manual', year, '2027-01-05')
    await flush()
    FakeWorker.last.answer({ type: 'done', id: 1, files: 'nothing' })
    const r = await guide
    expect(r.ok).toBe(false)
    expect(!r.ok && r.error.message).toBe('生成文件的进程返回了无法识别的结果')
  })
})
