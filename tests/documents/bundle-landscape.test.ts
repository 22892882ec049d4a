import { describe, expect, it, vi } from 'vitest'
import { computeResults, createSampleYear } from '../../src/domain'
import { withLedger } from '../../src/domain/testing/with-ledger'
import { interviewListDefinition, interviewRows, renderPdf } from '../../src/documents'
import { readPdf, testFonts } from './pdf-reader'

// renderPdf on pdfmake's browser bundle, as the app's PDF worker runs it (Vite picks the bundle
// by the package's `browser` field): the landscape 约谈名单's turned page numbers are drawn by
// the definition's drawOnPages on the bundle's own pdfkit.
vi.mock('pdfmake', async () => {
  const { createRequire } = await import('node:module')
  return { default: createRequire(import.meta.url)('pdfmake/build/pdfmake.js') as unknown }
})

describe('landscape 约谈名单 in the browser bundle', () => {
  it('numbers every page, turned upright, as the Node build does', async () => {
    // The bundle indeed: only the Node build has a local-file policy.
    const pdfmake = (await import('pdfmake')).default as { setLocalAccessPolicy?: unknown }
    expect(pdfmake.setLocalAccessPolicy).toBeUndefined()
    const year = withLedger(createSampleYear(), '县教育局', 2)
    year.units.find((u) => u.name === '县教育局')!.name =
      '云溪县国家级经济技术开发区管理委员会生态环境保护办公室'
    const def = interviewListDefinition(
      testFonts(),
      year.year,
      interviewRows(year, computeResults(year)),
      { interviewer: '', time: '', place: '' },
    )
    expect((def as { drawOnPages?: unknown }).drawOnPages).toBeTypeOf('function')
    const pages = await readPdf(await renderPdf(def, testFonts()))
    expect(pages.length).toBeGreaterThan(0)
    pages.forEach((p, i) => {
      expect(p.width).toBeGreaterThan(p.height)
      const n = p.items.find((it) => /^—\s*\d+\s*—$/.test(it.str.trim()))
      expect(n?.str.replace(/\s/g, ''), `page ${i + 1}`).toBe(`—${i + 1}—`)
      expect((n!.transform as number[]).slice(0, 4)).toEqual([0, -14, 14, 0])
    })
  }, 120_000)
})
