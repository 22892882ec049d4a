import { platform } from '@platform'
import {
  WINDOWS_FONT_FILES,
  type FontFile,
  type FontRole,
  type RoleReport,
} from '../../documents/options'
import { BUNDLED_FONTS } from '../../shared/bundled-fonts'
import type { Result } from '../../shared/result'
import type { DocumentsClient } from '../workers/documents-client'

export interface FontsInWorker {
  /** The font serving each role, or why none can. */
  report: Result<RoleReport[]>
  /** Fonts that could not be read. */
  notes: string[]
}

let lastSent: { client: DocumentsClient; choice: string; answer: Promise<FontsInWorker> } | null =
  null

/**
 * The app's fonts (with the files the user picked and the choice per role) sent to the PDF
 * worker, which parses them once and keeps them. The same choice again (文件输出 opened anew,
 * after 使用说明 sent the app's fonts) is answered with what the worker said last: sending it
 * again would parse the fonts anew and drop the documents the worker made with them.
 */
export function appFontsInWorker(
  client: DocumentsClient,
  picked: FontFile[] = [],
  overrides: Partial<Record<FontRole, string>> = {},
): Promise<FontsInWorker> {
  const choice = JSON.stringify([picked.map((f) => [f.id, f.bytes.length]), overrides])
  if (lastSent?.client === client && lastSent.choice === choice) return lastSent.answer
  const loading = loadAppFonts(picked)
  // Asked at once, before the files are read: whatever the worker is asked next waits for them.
  const report = client.setFonts(
    loading.then((l) => l.files),
    overrides,
  )
  const answer = Promise.all([loading, report]).then(([l, r]) => ({ report: r, notes: l.notes }))
  const sent = { client, choice, answer }
  lastSent = sent
  // Fonts that failed are tried again the next time.
  void answer.then((a) => {
    if (!a.report.ok && lastSent === sent) lastSent = null
  })
  return answer
}

/** Official fonts installed on this PC, then the bundled ones, then the files the user picked. */
async function loadAppFonts(picked: FontFile[]): Promise<{ files: FontFile[]; notes: string[] }> {
  const notes: string[] = []
  const files: FontFile[] = [...picked]
  const official = await platform.readSystemFonts(WINDOWS_FONT_FILES.map((f) => f.file))
  if (official.ok)
    for (const f of official.value) {
      const info = WINDOWS_FONT_FILES.find((w) => w.file === f.fileName)
      if (info)
        files.push({
          id: `system:${f.fileName}`,
          label: info.label,
          bytes: f.data,
          suits: info.suits,
          official: info.suits.length > 0,
        })
    }
  // The Electron build ships them under resources/fonts (scripts/copy-fonts.mjs), which the app
  // serves itself as fonts/: read from the app's own origin, never the network.
  for (const b of BUNDLED_FONTS) {
    try {
      const res = await fetch(new URL(`fonts/${b.servedAs}`, document.baseURI))
      if (!res.ok) throw new Error(String(res.status))
      const bytes = new Uint8Array(await res.arrayBuffer())
      // A static server answers a missing file with the app's own page: not a font.
      if (!isFontFile(bytes)) throw new Error('not a font')
      files.push({
        id: b.id,
        label: b.label,
        bytes,
        suits: b.suits,
        official: false,
      })
    } catch {
      notes.push(`内置字体 ${b.servedAs} 未能读取`)
    }
  }
  return { files, notes }
}

/** TrueType, OpenType/CFF, a collection or WOFF, by the file's first four bytes. */
function isFontFile(bytes: Uint8Array): boolean {
  const tag = String.fromCharCode(...bytes.subarray(0, 4))
  return (
    tag === '\0\x01\0\0' || tag === 'OTTO' || tag === 'true' || tag === 'ttcf' || tag === 'wOFF'
  )
}
