/**
 * The full document set for a year of 100 units (通报, 约谈名单, 100 评分表, the 警示函) in one
 * process: cold = the first call after the font files are read (font parsing, pdfmake's first
 * layout), warm = the 通报 again with everything loaded. Targets: 3 s cold, 150 ms warm.
 */
import { measure } from './measure'
import { hundredUnits } from './hundred-units'
import {
  FontSet,
  defaultDocumentOptions,
  generateDocumentSet,
  generateNotice,
  resolveFonts,
  type PatchName,
} from '../src/documents'
import { loadFontFiles, openNodeFont } from '../src/node/fonts'
import { installPdfEngine } from '../src/node/pdf-engine'

// PDF_ENGINE_ONLY=streams,colors (or an empty value: none) switches patches off to weigh them.
const only = process.env.PDF_ENGINE_ONLY
installPdfEngine(only === undefined ? {} : { only: only.split(',').filter(Boolean) as PatchName[] })
const pkg = hundredUnits()
const files = loadFontFiles({ windowsFontDir: null })
const t0 = performance.now()
const cpu0 = process.cpuUsage()
const resolved = resolveFonts(files, {}, openNodeFont)
if (!resolved.ok) throw new Error(resolved.error.message)
const fonts = new FontSet(resolved.value)
const set = await generateDocumentSet(pkg, fonts)
if (!set.ok) throw new Error(set.error.message)
console.log(`BENCH documents-cold ${(performance.now() - t0).toFixed(1)} ms`)
// CPU time beside the wall time: on the shared 2-core machine the wall time swings with the
// other processes' load, the CPU time of this process much less.
const cpu = process.cpuUsage(cpu0)
console.log(`BENCH documents-cold-cpu ${((cpu.user + cpu.system) / 1000).toFixed(1)} ms`)
const notice = defaultDocumentOptions(pkg).notice
await measure('notice-warm', async () => {
  const r = await generateNotice(pkg, fonts, notice)
  if (!r.ok) throw new Error(r.error.message)
})
