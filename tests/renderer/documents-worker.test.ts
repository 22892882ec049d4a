import { describe, expect, it } from 'vitest'
import { createSampleYear } from '../../src/domain'
import { defaultDocumentOptions } from '../../src/documents'
import { loadFontFiles } from '../../src/node/fonts'
import {
  DocumentsMessageSchema,
  type DocumentsMessage,
} from '../../src/renderer/workers/documents-protocol'
import { documentsWorker } from '../../src/renderer/workers/documents-worker-body'

const fonts = loadFontFiles({ windowsFontDir: null, systemFallbacks: false })

function worker() {
  const messages: DocumentsMessage[] = []
  const handle = documentsWorker((m) => {
    // Every answer must pass the schema the page checks it with.
    expect(DocumentsMessageSchema.safeParse(m).success).toBe(true)
    messages.push(m)
  })
  return { handle, messages }
}

describe('documentsWorker (the PDF worker body)', () => {
  it('reports the fonts, then generates the whole set with progress up to the end', async () => {
    const { handle, messages } = worker()
    await handle({ type: 'fonts', fonts, overrides: {} })
    expect(messages[0]).toMatchObject({ type: 'fonts' })
    const report = messages[0]!.type === 'fonts' ? messages[0]!.report : []
    expect(report.map((r) => r.role)).toEqual(['title', 'body', 'hei', 'kai', 'song'])

    const pkg = createSampleYear()
    await handle({
      type: 'generate',
      id: 7,
      kind: 'set',
      pkg,
      options: defaultDocumentOptions(pkg),
    })
    const progress = messages.filter((m) => m.type === 'progress')
    expect(progress.length).toBeGreaterThan(0)
    const last = progress.at(-1)!
    expect(last.type === 'progress' && last.done === last.total).toBe(true)
    const done = messages.at(-1)!
    if (done.type !== 'done') throw new Error(JSON.stringify(done))
    expect(done.id).toBe(7)
    expect(done.files.map((f) => f.name)).toEqual(
      expect.arrayContaining(['通报.pdf', '约谈名单.pdf', '考评评分表.pdf']),
    )
    for (const f of done.files) expect(new TextDecoder().decode(f.bytes.slice(0, 5))).toBe('%PDF-')
  }, 120_000)

  it('answers the same request again at once, and lays out anew when data or fonts change', async () => {
    const { handle, messages } = worker()
    await handle({ type: 'fonts', fonts, overrides: {} })
    const pkg = createSampleYear()
    const options = defaultDocumentOptions(pkg)
    const ask = async (id: number, p = pkg) => {
      const from = messages.length
      await handle({ type: 'generate', id, kind: 'notice', pkg: p, options })
      const answer = messages.slice(from)
      const done = answer.at(-1)!
      if (done.type !== 'done') throw new Error(JSON.stringify(done))
      return { done, progressed: answer.some((m) => m.type === 'progress') }
    }
    const first = await ask(1)
    expect(first.done.cached).toBe(false)

    // The package read again from the database: another export moment, the same data.
    const again = await ask(2, { ...structuredClone(pkg), exportedAt: '2031-01-01T00:00:00.000Z' })
    expect(again.done).toMatchObject({ id: 2, cached: true })
    expect(again.progressed).toBe(false)
    expect(again.done.files.map((f) => f.name)).toEqual(['通报.pdf'])
    expect(again.done.files[0]!.bytes).toBe(first.done.files[0]!.bytes)

    const renamed = structuredClone(pkg)
    renamed.settings.countyName = '云水县'
    const changed = await ask(3, renamed)
    expect(changed.done.cached).toBe(false)
    expect(changed.done.files[0]!.bytes).not.toEqual(first.done.files[0]!.bytes)

    // Other fonts make other documents: nothing made before is served.
    await handle({ type: 'fonts', fonts, overrides: { body: 'bundled:noto-sans-sc' } })
    expect((await ask(4)).done.cached).toBe(false)
  }, 120_000)

  it('makes the guides with the fonts already parsed, with progress, and keeps them', async () => {
    const { handle, messages } = worker()
    await handle({ type: 'fonts', fonts, overrides: {} })
    const year = { year: 2026, settings: { countyName: '云溪县', returnDeadline: '2027-01-10' } }
    const ask = async (id: number, kind: 'manual' | 'fill') => {
      const from = messages.length
      await handle({ type: 'guide', id, kind, year, today: '2027-01-05' })
      const answer = messages.slice(from)
      const done = answer.at(-1)!
      if (done.type !== 'done') throw new Error(JSON.stringify(done))
      return { done, progress: answer.filter((m) => m.type === 'progress') }
    }
    const fill = await ask(1, 'fill')
    expect(fill.done.files.map((f) => f.name)).toEqual(['填表说明.pdf'])
    expect(new TextDecoder().decode(fill.done.files[0]!.bytes.slice(0, 5))).toBe('%PDF-')
    expect(fill.done.cached).toBe(false)
    // One file: progress counts its drawn share up to 1 of 1.
    expect(fill.progress.length).toBeGreaterThan(0)
    expect(fill.progress.at(-1)).toMatchObject({ done: 1, total: 1 })
    expect(fill.progress.every((m) => m.type === 'progress' && m.total === 1)).toBe(true)

    const manual = await ask(2, 'manual')
    expect(manual.done.files.map((f) => f.name)).toEqual(['使用说明.pdf'])
    expect(manual.done.files[0]!.bytes.length).toBeGreaterThan(fill.done.files[0]!.bytes.length)

    // Asked again: the same file at once; another printing date is made anew.
    const again = await ask(3, 'fill')
    expect(again.done.cached).toBe(true)
    expect(again.done.files[0]!.bytes).toBe(fill.done.files[0]!.bytes)
    const from = messages.length
    await handle({ type: 'guide', id: 4, kind: 'fill', year, today: '2027-01-06' })
    expect(messages.slice(from).at(-1)).toMatchObject({ type: 'done', id: 4, cached: false })
  }, 120_000)

  it('refuses a malformed request in Chinese and generates nothing', async () => {
    const { handle, messages } = worker()
    await handle({ type: 'fonts', fonts, overrides: {} })
    const pkg = createSampleYear()
    await handle({ type: 'generate', id: 3, kind: 'set', pkg: { ...pkg, units: 'x' }, options: {} })
    expect(messages.at(-1)).toMatchObject({ type: 'failed', id: 3 })
    const refused = messages.at(-1)!
    expect(refused.type === 'failed' && refused.message).toContain('未生成任何文件')
    await handle({ type: 'delete-everything' })
    expect(messages.at(-1)).toMatchObject({ type: 'failed', id: -1 })
  })

  it('asks for fonts before generating, and names a file that is not a font', async () => {
    const { handle, messages } = worker()
    await handle({
      type: 'guide',
      id: 9,
      kind: 'manual',
      year: { year: 2026, settings: { countyName: '' } },
      today: '2027-01-05',
    })
    expect(messages.at(-1)).toMatchObject({ type: 'failed', id: 9 })
    const pkg = createSampleYear()
    await handle({
      type: 'generate',
      id: 1,
      kind: 'notice',
      pkg,
      options: defaultDocumentOptions(pkg),
    })
    expect(messages.at(-1)).toMatchObject({
      type: 'failed',
      id: 1,
      message: '没有可用的字体，未生成任何文件',
    })
    const bad = {
      id: 'user:x.ttf',
      label: 'x.ttf',
      bytes: new Uint8Array([1, 2, 3]),
      suits: ['body'],
      official: true,
    }
    await handle({ type: 'fonts', fonts: [bad], overrides: {} })
    expect(messages.at(-1)).toMatchObject({ type: 'fonts-failed' })
    const badFont = messages.at(-1)!
    expect(badFont.type === 'fonts-failed' && badFont.message).toContain('x.ttf')
  })
})
