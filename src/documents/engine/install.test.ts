import { describe, expect, it } from 'vitest'
import { engineForBundle, installEngine } from './install'
import { PINNED, bundleVersions } from './versions'

/**
 * A stand-in for a pdfkit document with an embedded font: just the members the patches check
 * before they change anything, on fresh classes per call (a patch marks what it changed).
 */
function sampleDoc() {
  class FontkitFont {
    _decodeTable() {}
    layout() {}
  }
  class EmbeddedFont {
    font = new FontkitFont()
    layout() {}
    layoutCached() {}
  }
  class Ref {
    write() {}
    finalize() {}
  }
  class Doc {
    _root = new Ref()
    _font = new EmbeddedFont()
    text() {}
    transform() {}
    _doOpacity() {}
    _setColorCore() {}
    _normalizeColor() {}
  }
  return new Doc()
}

const pinned = { ...PINNED }

describe('installEngine', () => {
  it('applies every patch at the pinned versions, and logs nothing', () => {
    const lines: string[] = []
    const names = installEngine(sampleDoc(), pinned, { log: (l) => lines.push(l) })
    expect(names).toEqual(['fontkit-share', 'streams', 'colors', 'text'])
    expect(lines).toEqual([])
  })

  it('leaves out, with one line each, the patches whose library is at another version', () => {
    const lines: string[] = []
    const names = installEngine(
      sampleDoc(),
      { ...pinned, pdfkit: '0.20.0' },
      { log: (l) => lines.push(l) },
    )
    expect(names).toEqual(['fontkit-share'])
    expect(lines).toEqual([
      'PDF 引擎补丁 streams 未启用：pdfkit 版本 0.20.0，补丁针对 0.19.1',
      'PDF 引擎补丁 colors 未启用：pdfkit 版本 0.20.0，补丁针对 0.19.1',
      'PDF 引擎补丁 text 未启用：pdfkit 版本 0.20.0，补丁针对 0.19.1',
    ])
  })

  it('leaves out, with one line, a patch whose class is shaped otherwise', () => {
    const doc = sampleDoc() as { _font: { font: object } }
    doc._font.font = {}
    const lines: string[] = []
    expect(installEngine(doc, pinned, { log: (l) => lines.push(l) })).toEqual([
      'streams',
      'colors',
      'text',
    ])
    expect(lines).toEqual(['PDF 引擎补丁 fontkit-share 未启用：fontkit 2.0.4 的内部结构与预期不同'])
  })

  it('applies only the patches asked for, and a patch once per class', () => {
    const doc = sampleDoc()
    expect(installEngine(doc, pinned, { only: ['streams'] })).toEqual(['streams'])
    const write = doc._root.write
    expect(installEngine(doc, pinned)).toEqual(['fontkit-share', 'streams', 'colors', 'text'])
    // Already patched: the same function, not a patch wrapped around a patch.
    expect(doc._root.write).toBe(write)
  })
})

describe('engineForBundle', () => {
  it('knows the bundled pdfkit and fontkit only through the pinned pdfmake', () => {
    expect(bundleVersions('0.3.11')).toEqual({
      pdfmake: '0.3.11',
      pdfkit: '0.19.1',
      fontkit: '2.0.4',
    })
    expect(bundleVersions('0.3.12')).toEqual({ pdfmake: '0.3.12' })
  })

  it('installs through the first document only', () => {
    const lines: string[] = []
    const hook = engineForBundle(bundleVersions('0.3.12'), { log: (l) => lines.push(l) })
    hook(sampleDoc())
    hook(sampleDoc())
    expect(lines).toHaveLength(4)
    expect(lines[0]).toBe('PDF 引擎补丁 fontkit-share 未启用：fontkit 版本未知，补丁针对 2.0.4')
  })
})
