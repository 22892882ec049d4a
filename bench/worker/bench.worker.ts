/// <reference lib="webworker" />
/**
 * The app's PDF worker path (pdfmake's browser bundle, its own pdfkit and fontkit) with the
 * engine patches switched on in groups, for bench/worker-set.ts.
 */
import { version as pdfmakeVersion } from 'pdfmake/package.json'
import {
  FontSet,
  defaultDocumentOptions,
  generateDocumentSet,
  onPdfkitDocument,
  resolveFonts,
  bundleVersions,
  engineForBundle,
  type FontFile,
  type FontRole,
  type PatchName,
} from '../../src/documents'
import { deflatePdfStream } from '../../src/renderer/workers/pdf-deflate'
import { hundredUnits } from '../hundred-units'

/** Which patches a group installs (bench/worker-set.ts names the groups); `all` is the app's. */
const GROUPS: Record<string, readonly PatchName[] | undefined> = {
  none: [],
  core: ['fontkit-share', 'streams', 'colors'],
  all: undefined,
}

function install(group: string): void {
  if (!(group in GROUPS)) throw new Error(`unknown group ${group}`)
  const only = GROUPS[group]
  onPdfkitDocument(
    engineForBundle(bundleVersions(pdfmakeVersion), {
      deflate: deflatePdfStream,
      ...(only ? { only } : {}),
    }),
  )
}

const BUNDLED: [string, FontRole[]][] = [
  ['NotoSerifSC_700Bold.ttf', ['title']],
  ['NotoSerifSC_400Regular.ttf', ['body', 'kai']],
  ['NotoSansSC_400Regular.ttf', ['hei']],
]

let files: FontFile[] = []
let fonts: FontSet | null = null
const pkg = hundredUnits()
const options = defaultDocumentOptions(pkg)

self.onmessage = async (e: MessageEvent<{ type: string; group?: string }>) => {
  try {
    if (e.data.type === 'load') {
      install(e.data.group!)
      files = await Promise.all(
        BUNDLED.map(async ([file, suits]) => ({
          id: file,
          label: file,
          bytes: new Uint8Array(await (await fetch(`/fonts/${file}`)).arrayBuffer()),
          suits,
          official: false,
        })),
      )
      self.postMessage({})
      return
    }
    const t0 = performance.now()
    // Cold includes parsing the fonts, as the app's first set after 文件输出 opens does.
    if (!fonts) {
      const r = resolveFonts(files, {})
      if (!r.ok) throw new Error(r.error.message)
      fonts = new FontSet(r.value)
    }
    const set = await generateDocumentSet(pkg, fonts, options)
    if (!set.ok) throw new Error(set.error.message)
    self.postMessage({ ms: performance.now() - t0, pages: set.value.length })
  } catch (err) {
    self.postMessage({ error: err instanceof Error ? err.message : String(err) })
  }
}
