import { describe, expect, it } from 'vitest'
import { createSampleYear } from '../../domain'
import { defaultDocumentOptions } from '../../documents/options'
import { DocumentsMessageSchema, DocumentsRequestSchema } from './documents-protocol'

const year = { year: 2026, settings: { countyName: '云溪县', returnDeadline: '2027-01-10' } }
const guide = { type: 'guide', id: 5, kind: 'fill', year, today: '2027-01-05' }

describe('DocumentsRequestSchema', () => {
  it('accepts a guide request of either kind, with or without the deadline and contact', () => {
    expect(DocumentsRequestSchema.safeParse(guide).success).toBe(true)
    const manual = { ...guide, kind: 'manual', year: { year: 2026, settings: { countyName: '' } } }
    expect(DocumentsRequestSchema.safeParse(manual).success).toBe(true)
  })

  it('refuses a guide request of another kind, without a year or with a date that is none', () => {
    for (const bad of [
      { ...guide, kind: 'notice' },
      { ...guide, kind: 'set' },
      { ...guide, year: undefined },
      { ...guide, year: { year: '2026', settings: { countyName: '云溪县' } } },
      { ...guide, year: { year: 2026, settings: {} } },
      { ...guide, today: '2027年1月5日' },
      { ...guide, today: undefined },
      { ...guide, id: 1.5 },
      { ...guide, id: undefined },
    ])
      expect(DocumentsRequestSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false)
  })

  it('still takes the documents of a year, and refuses options of the wrong shape', () => {
    const pkg = createSampleYear()
    const options = defaultDocumentOptions(pkg)
    const generate = { type: 'generate', id: 1, kind: 'set', pkg, options }
    expect(DocumentsRequestSchema.safeParse(generate).success).toBe(true)
    // A guide kind is not a document kind, nor the other way round.
    expect(DocumentsRequestSchema.safeParse({ ...generate, kind: 'manual' }).success).toBe(false)
    const unsigned = { ...options, notice: { ...options.notice, signature: 'stamped' } }
    expect(DocumentsRequestSchema.safeParse({ ...generate, options: unsigned }).success).toBe(false)
  })
})

describe('DocumentsMessageSchema', () => {
  it("accepts a guide's progress and its one file as any answer", () => {
    const progress = { type: 'progress', id: 5, done: 0.4, total: 1, file: '填表说明.pdf' }
    expect(DocumentsMessageSchema.safeParse(progress).success).toBe(true)
    const done = {
      type: 'done',
      id: 5,
      files: [{ name: '填表说明.pdf', bytes: new Uint8Array([37, 80, 68, 70]) }],
      missing: [],
      cached: false,
    }
    expect(DocumentsMessageSchema.safeParse(done).success).toBe(true)
    const asText = { ...done, files: [{ name: '填表说明.pdf', bytes: '%PDF' }] }
    expect(DocumentsMessageSchema.safeParse(asText).success).toBe(false)
  })
})
