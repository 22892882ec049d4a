import { createRequire } from 'node:module'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  SEQUENCE_LABELS,
  computeResults,
  createSampleYear,
  type UnitResult,
  type YearPackage,
} from '../../src/domain'
import { renderPdf, scoreSheetDefinition } from '../../src/documents'
import { partPages } from '../../src/documents/layout/part-pages'
import { longYear } from './long-year'
import { readPdf, testFonts, type PdfPage } from './pdf-reader'

/**
 * Issue item 10: the combined 考评评分表.pdf (all units, each from a new page) numbers each
 * unit's pages 第 k 页 共 n 页 of that unit, as the per-unit files do.
 */

const FOOTER = /第\s*(\d+)\s*页\s*共\s*(\d+)\s*页/g

/** The page's footer numbers: exactly one 第 k 页 共 n 页 per page. */
function footerOf(p: PdfPage): { k: number; n: number } {
  const text = p.text.replace(/\s+/g, ' ')
  const hits = [...text.matchAll(FOOTER)]
  expect(hits, text.slice(-80)).toHaveLength(1)
  return { k: Number(hits[0]![1]), n: Number(hits[0]![2]) }
}

/**
 * The unit a page names (`被考评单位：` in the repeated unit row or above the signatures):
 * the one whose name is found there and is no prefix of another unit found there.
 */
function unitOf(p: PdfPage, units: UnitResult[]): UnitResult {
  const found = units.filter((u) => p.text.includes(`被考评单位：${u.name}`))
  const named = found.filter(
    (u) => !found.some((o) => o !== u && o.name.startsWith(u.name) && o.name !== u.name),
  )
  expect(
    named.map((u) => u.name),
    p.text.slice(0, 60),
  ).toHaveLength(1)
  return named[0]!
}

interface Run {
  unit: UnitResult
  pages: PdfPage[]
}

/** Consecutive pages naming the same unit. */
function runsOf(pages: PdfPage[], units: UnitResult[]): Run[] {
  const runs: Run[] = []
  for (const p of pages) {
    const u = unitOf(p, units)
    const last = runs.at(-1)
    if (last?.unit === u) last.pages.push(p)
    else runs.push({ unit: u, pages: [p] })
  }
  return runs
}

const require = createRequire(import.meta.url)

/**
 * pdfmake's browser bundle, which the app's PDF worker runs (its own copy of pdfmake's
 * layout), as tests/documents/pdfkit-bundle.test.ts loads it; fonts set for every document.
 */
async function inBundle(doc: object): Promise<Uint8Array> {
  const pdfmake = require('pdfmake/build/pdfmake.js') as {
    virtualfs: { writeFileSync(name: string, bytes: Uint8Array): void }
    setFonts(fonts: object): void
    setUrlAccessPolicy(policy: () => boolean): void
    createPdf(doc: object): { getBuffer(): Promise<Uint8Array> }
  }
  const fonts = testFonts()
  for (const f of fonts.files()) pdfmake.virtualfs.writeFileSync(f.name, f.bytes)
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setFonts(fonts.pdfmakeFonts())
  return pdfmake.createPdf(doc).getBuffer()
}

const sheetUnits = (pkg: YearPackage) => computeResults(pkg).sequences.flatMap((s) => s.units)

async function sheet(pkg: YearPackage, units: UnitResult[]): Promise<PdfPage[]> {
  const fonts = testFonts()
  return readPdf(await renderPdf(scoreSheetDefinition(fonts, pkg, units), fonts))
}

const texts = (pages: PdfPage[]) => pages.map((p) => p.text)
/** Page text without white space (pdf.js drops the ideographic spaces before 序列). */
const flat = (p: PdfPage) => p.text.replace(/\s+/g, '')

/** The first unit of each page count, and the last unit of the year. */
function oneOfEachLength(runs: Run[]): Run[] {
  const picked = new Map<number, Run>()
  for (const r of runs) if (!picked.has(r.pages.length)) picked.set(r.pages.length, r)
  const chosen = new Set([...picked.values(), runs.at(-1)!])
  return runs.filter((r) => chosen.has(r))
}

const years: [string, () => YearPackage][] = [
  ['sample', createSampleYear],
  ['long names, 7 reviewers, a ledger unit', longYear],
]

describe.each(years)('the combined 评分表 of the %s year', (_label, build) => {
  let pkg: YearPackage
  let units: UnitResult[]
  let pages: PdfPage[]
  let runs: Run[]
  beforeAll(async () => {
    pkg = build()
    units = sheetUnits(pkg)
    pages = await sheet(pkg, units)
    runs = runsOf(pages, units)
  }, 300_000)

  it('gives every unit one run of pages, in the order of the results, each from a new page', () => {
    expect(runs.map((r) => r.unit)).toEqual(units)
    for (const r of runs) expect(r.pages[0]!.text).toContain('考评评分表')
    // The premise: units of different lengths, so a whole-file count cannot pass.
    expect(new Set(runs.map((r) => r.pages.length)).size).toBeGreaterThan(1)
  })

  it('numbers each unit’s pages 第 k 页 共 n 页, k from 1 to n, n the pages naming that unit', () => {
    for (const r of runs) {
      const n = r.pages.length
      expect(r.pages.map(footerOf), r.unit.name).toEqual(r.pages.map((_, i) => ({ k: i + 1, n })))
    }
  })

  it('names on each page the unit and sequence whose page it is, with the data check code', () => {
    const hash = pkg.history.at(-1)!.hash
    for (const r of runs) {
      const sequence = `序列：${SEQUENCE_LABELS[r.unit.sequence]}`
      expect(flat(r.pages[0]!)).toContain(`被考评单位：${r.unit.name}${sequence}`)
      for (const p of r.pages) {
        expect(p.text).toContain(`数据校验码（核对打印件与系统存储数据是否一致用）：${hash}`)
        // The repeated unit row names the sequence; a page holding only the signatures may
        // have none, never another one.
        for (const m of flat(p).matchAll(/序列：(\S+?)编号/g))
          expect(m[1], r.unit.name).toBe(SEQUENCE_LABELS[r.unit.sequence])
      }
    }
  })

  it('makes each per-unit file read as that unit’s pages of the combined file', async () => {
    for (const r of oneOfEachLength(runs)) {
      const alone = await sheet(pkg, [r.unit])
      expect(texts(alone), r.unit.name).toEqual(texts(r.pages))
    }
  }, 300_000)

  it('lays those units out alike in the browser bundle the app’s PDF worker runs', async () => {
    const picked = oneOfEachLength(runs)
    const doc = scoreSheetDefinition(
      testFonts(),
      pkg,
      picked.map((r) => r.unit),
    )
    expect(texts(await readPdf(await inBundle(doc)))).toEqual(picked.flatMap((r) => texts(r.pages)))
  }, 300_000)
})

/**
 * What partPages relies on, alone: pdfmake lays out each attempt's footers after its content
 * and records on the definition's own nodes where that attempt put them. Three parts of 1, 2
 * and 3 pages; pageBreakBefore breaks before the second node once, so a second layout moves
 * the later parts down a page: footers made from the first layout's positions would be wrong.
 */
describe('pdfmake, as partPages reads it', () => {
  function definition() {
    const firsts = [
      { text: 'A1' },
      { text: 'B1', pageBreak: 'before' },
      { text: 'C1', pageBreak: 'before' },
    ]
    const pages = partPages(firsts)
    return {
      defaultStyle: { font: testFonts().family('body') },
      content: [
        firsts[0],
        { text: 'A2', id: 'moved' },
        firsts[1],
        { text: 'B2', pageBreak: 'before' },
        firsts[2],
        { text: 'C2', pageBreak: 'before' },
        { text: 'C3', pageBreak: 'before' },
      ],
      pageBreakBefore: (node: { id?: string }) => node.id === 'moved',
      footer: (page: number, count: number) => {
        const at = pages(page, count)
        return { text: `page ${at.page} of ${at.count} (file ${page} of ${count})` }
      },
    }
  }
  const expected = [
    'A1page 1 of 2 (file 1 of 7)',
    'A2page 2 of 2 (file 2 of 7)',
    'B1page 1 of 2 (file 3 of 7)',
    'B2page 2 of 2 (file 4 of 7)',
    'C1page 1 of 3 (file 5 of 7)',
    'C2page 2 of 3 (file 6 of 7)',
    'C3page 3 of 3 (file 7 of 7)',
  ]
  const read = async (bytes: Uint8Array) =>
    (await readPdf(bytes)).map((p) => p.items.map((i) => i.str).join(''))

  it('in the Node build', async () => {
    expect(await read(await renderPdf(definition(), testFonts()))).toEqual(expected)
  })

  it('in the browser bundle', async () => {
    expect(await read(await inBundle(definition()))).toEqual(expected)
  })
})
