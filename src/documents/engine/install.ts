/**
 * The one way the engine patches are applied, by the command line, the benchmarks and the
 * app's PDF worker alike. Each patch is checked against the pinned versions (versions.ts) and
 * the shape of what it changes; one it leaves out is logged in one line, and pdfkit's and
 * fontkit's own code then makes the same documents, only slower.
 */
import { restatePlainColors, type ColorOwner } from './colors'
import { shareFontWork } from './fontkit-share'
import { restateStreams, latin1Bytes, type StreamRef } from './streams'
import { restatePdfkitText } from './text'
import { PINNED, type FoundVersions, type Library } from './versions'

/** A pdfkit document with an embedded font: every class a patch changes is reached through it. */
interface SampleDocument {
  _root?: object
  _font?: { font?: object }
}

export interface EngineOptions {
  /** Deflates a stream's chunks (Node: zlib, the worker: fflate); absent: pdfkit's own. */
  deflate?: (chunks: Uint8Array[]) => Uint8Array
  /** Where a left-out patch is told; console.warn by default. */
  log?: (line: string) => void
  /** Only these patches (the benchmarks switch them off in groups); all by default. */
  only?: readonly PatchName[]
}

const protoOf = (o: object | undefined) =>
  o === undefined ? undefined : (Object.getPrototypeOf(o) as object)

/** pdfkit's PDFDocument.prototype: the first prototype that has `text` of its own. */
function documentProto(doc: object): object | undefined {
  let p = Object.getPrototypeOf(doc) as object | null
  while (p && !Object.prototype.hasOwnProperty.call(p, 'text'))
    p = Object.getPrototypeOf(p) as object | null
  return p ?? undefined
}

const PATCHES = [
  {
    name: 'fontkit-share',
    library: 'fontkit',
    apply: (doc: SampleDocument) => {
      const font = protoOf(doc._font?.font)
      return font !== undefined && shareFontWork(font)
    },
  },
  {
    name: 'streams',
    library: 'pdfkit',
    apply: (doc: SampleDocument, o: EngineOptions) => {
      const ref = protoOf(doc._root)
      return ref !== undefined && restateStreams(ref as StreamRef, latin1Bytes, o.deflate)
    },
  },
  {
    name: 'colors',
    library: 'pdfkit',
    apply: (doc: SampleDocument) => {
      const proto = documentProto(doc)
      return proto !== undefined && restatePlainColors(proto as ColorOwner)
    },
  },
  {
    name: 'text',
    library: 'pdfkit',
    apply: (doc: SampleDocument) => {
      const proto = documentProto(doc)
      return proto !== undefined && restatePdfkitText(proto)
    },
  },
] as const satisfies readonly {
  name: string
  library: Library
  apply(doc: SampleDocument, o: EngineOptions): boolean
}[]

export type PatchName = (typeof PATCHES)[number]['name']
export const PATCH_NAMES: readonly PatchName[] = PATCHES.map((p) => p.name)

/**
 * Applies the patches to the classes behind `doc` (a pdfkit document with an embedded font)
 * where `found` matches the pinned versions; returns the names of those in place. A patch
 * already applied to these classes is not applied again.
 */
export function installEngine(
  doc: object,
  found: FoundVersions,
  options: EngineOptions = {},
): PatchName[] {
  const log = options.log ?? ((line: string) => console.warn(line))
  const installed: PatchName[] = []
  for (const patch of PATCHES) {
    if (options.only && !options.only.includes(patch.name)) continue
    const version = found[patch.library]
    const pinned = PINNED[patch.library]
    if (version !== pinned) {
      log(
        `PDF 引擎补丁 ${patch.name} 未启用：${patch.library} 版本${version ? ` ${version}` : '未知'}，补丁针对 ${pinned}`,
      )
      continue
    }
    let applied = false
    try {
      applied = patch.apply(doc as SampleDocument, options)
    } catch {
      // A class shaped otherwise than at the pinned version: logged below like any mismatch.
    }
    if (applied) installed.push(patch.name)
    else log(`PDF 引擎补丁 ${patch.name} 未启用：${patch.library} ${pinned} 的内部结构与预期不同`)
  }
  return installed
}

/**
 * installEngine for the pdfkit inside pdfmake's browser bundle (the app's PDF worker), which
 * exports no class: the returned hook (for onPdfkitDocument, render-pdf.ts) applies the
 * patches through the first document pdfmake makes — laid out and drawn, then finished on the
 * patched streams — and does nothing after that.
 */
export function engineForBundle(
  found: FoundVersions,
  options: EngineOptions = {},
): (made: object) => void {
  let done = false
  return (made) => {
    if (done) return
    done = true
    installEngine(made, found, options)
  }
}
