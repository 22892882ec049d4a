/**
 * The combined 考评评分表 of 100 units (240 landscape pages) alone, warm (fonts parsed,
 * pdfmake loaded): the whole render, and its layout share (until pdfmake reports the first
 * drawn page), in CPU time. Medians of several runs: `npx tsx bench/score-sheet.bench.ts [runs]`.
 */
import { hundredUnits } from './hundred-units'
import { FontSet, renderPdf, resolveFonts, scoreSheetDefinition } from '../src/documents'
import { computeResults } from '../src/domain'
import { loadFontFiles, openNodeFont } from '../src/node/fonts'
import { installPdfEngine } from '../src/node/pdf-engine'

installPdfEngine()
const pkg = hundredUnits()
const resolved = resolveFonts(loadFontFiles({ windowsFontDir: null }), {}, openNodeFont)
if (!resolved.ok) throw new Error(resolved.error.message)
const fonts = new FontSet(resolved.value)
const units = computeResults(pkg).sequences.flatMap((s) => s.units)
const runs = Number(process.argv[2] ?? 5)

// CPU time of this process (the wall time swings with the shared machine's load).
const cpuMs = () => {
  const c = process.cpuUsage()
  return (c.user + c.system) / 1000
}
const total: number[] = []
const layout: number[] = []
for (let i = 0; i < runs + 2; i++) {
  const t0 = cpuMs()
  let laid = NaN
  await renderPdf(scoreSheetDefinition(fonts, pkg, units), fonts, () => {
    if (Number.isNaN(laid)) laid = cpuMs() - t0
  })
  if (i < 2) continue // warm-up
  total.push(cpuMs() - t0)
  layout.push(laid)
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
console.log(`BENCH score-sheet-cpu ${median(total).toFixed(1)} ms`)
console.log(`BENCH score-sheet-layout-cpu ${median(layout).toFixed(1)} ms`)
