import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { speedUpPdfkit, speedUpPdfkitLayout, speedUpPdfmake } from './pdfkit-node'
import { speedUpPdfkitText } from './pdfkit-text'
import { shareFontWork } from '../documents/fontkit-share'
import { speedUpTextMeasure } from './pdfmake-measure'
import { WINDOWS_FONT_FILES, type FontFile, type FontOpener, type FontRole } from '../documents'

const require = createRequire(import.meta.url)

/** Freely licensed fonts shipped as npm packages (SIL OFL 1.1), read from node_modules. */
export const BUNDLED_FONTS: {
  id: string
  label: string
  pkg: string
  file: string
  suits: FontRole[]
}[] = [
  {
    id: 'bundled:noto-serif-sc-bold',
    label: 'Noto Serif SC Bold（思源宋体，开源替代字体）',
    pkg: '@expo-google-fonts/noto-serif-sc',
    file: '700Bold/NotoSerifSC_700Bold.ttf',
    suits: ['title'],
  },
  {
    id: 'bundled:noto-serif-sc',
    label: 'Noto Serif SC（思源宋体，开源替代字体）',
    pkg: '@expo-google-fonts/noto-serif-sc',
    file: '400Regular/NotoSerifSC_400Regular.ttf',
    suits: ['body', 'song'],
  },
  {
    // One whole WOFF despite the package's `latin` name (30,429 glyphs); fontkit subsets it.
    // There is no 400 weight: 500 is the regular text weight of this release.
    id: 'bundled:lxgw-wenkai',
    label: '霞鹜文楷（LXGW WenKai，开源替代字体）',
    pkg: '@fontsource/lxgw-wenkai',
    file: 'files/lxgw-wenkai-latin-500-normal.woff',
    suits: ['kai'],
  },
  {
    id: 'bundled:noto-sans-sc',
    label: 'Noto Sans SC（思源黑体，开源替代字体）',
    pkg: '@expo-google-fonts/noto-sans-sc',
    file: '400Regular/NotoSansSC_400Regular.ttf',
    suits: ['hei'],
  },
]

/** Other fonts on this PC worth offering: official Windows fonts, and CJK fonts for rare characters. */
const SYSTEM_FALLBACKS = [
  {
    path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
    postscriptName: 'NotoSerifCJKsc-Regular',
    label: 'Noto Serif CJK SC（系统字体，生僻字）',
  },
]

/** The package folder under the nearest node_modules (some packages export no package.json). */
export function bundledFontPath(pkg: string, file: string): string {
  for (const dir of require.resolve.paths(pkg) ?? []) {
    const p = join(dir, pkg, file)
    if (existsSync(p)) return p
  }
  throw new Error(`找不到字体文件 ${pkg}/${file}，请先运行 npm install`)
}

export interface FontLoadOptions {
  /** Windows font folder, e.g. C:\Windows\Fonts; defaults to %WINDIR%\Fonts on Windows. */
  windowsFontDir?: string | null
  /** Also offer system CJK fonts for characters the bundled ones lack (Ext B). */
  systemFallbacks?: boolean
  /** Extra files the user pointed at, e.g. { role: 'body', path: 'D:/fonts/仿宋.ttf' }. */
  extra?: { path: string; label?: string; suits: FontRole[] }[]
}

/**
 * Opens fonts with the fontkit pdfkit uses. In Node `import 'fontkit'` loads its ES module
 * build and pdfkit `require`s the CommonJS one: two copies, so the fonts the layer measures
 * with were decoded and shaped a second time for pdfkit. Through this copy both share the
 * decoded tables and the shaping memo below (resolveFonts's third argument).
 */
export const openNodeFont: FontOpener = (bytes, postscriptName) =>
  (require('fontkit') as { create: FontOpener }).create(bytes, postscriptName)

let shared = false
/** shareFontWork (src/documents/fontkit-share.ts) for node_modules' fontkit, found through `sample`. */
export function shareParsedFonts(sample: Uint8Array): void {
  if (shared) return
  shared = true
  const fk = require('fontkit') as { create: (b: Uint8Array) => object }
  shareFontWork(Object.getPrototypeOf(fk.create(sample)) as object)
}

/** Reads the candidate font files from disk; the choice among them is the pure resolveFonts. */
export function loadFontFiles(opts: FontLoadOptions = {}): FontFile[] {
  const files: FontFile[] = []
  for (const e of opts.extra ?? [])
    files.push({
      id: e.path,
      label: e.label ?? e.path,
      bytes: readFileSync(e.path),
      suits: e.suits,
      official: true,
    })
  const winDir =
    opts.windowsFontDir === undefined
      ? process.platform === 'win32'
        ? join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts')
        : null
      : opts.windowsFontDir
  if (winDir)
    for (const w of WINDOWS_FONT_FILES) {
      const p = join(winDir, w.file)
      if (existsSync(p))
        files.push({
          id: p,
          label: w.label,
          bytes: readFileSync(p),
          suits: w.suits,
          official: w.suits.length > 0,
        })
    }
  for (const b of BUNDLED_FONTS)
    files.push({
      id: b.id,
      label: b.label,
      bytes: readFileSync(bundledFontPath(b.pkg, b.file)),
      suits: b.suits,
      official: false,
    })
  const bundled = files.find((f) => f.id === BUNDLED_FONTS[0]!.id)
  if (bundled) {
    shareParsedFonts(bundled.bytes)
    speedUpPdfkitLayout(bundled.bytes)
  }
  // Every Node caller that makes PDFs loads its fonts here first.
  speedUpPdfkit()
  speedUpPdfkitText()
  speedUpPdfmake()
  speedUpTextMeasure()
  if (opts.systemFallbacks !== false)
    for (const s of SYSTEM_FALLBACKS)
      if (existsSync(s.path))
        files.push({
          id: s.path,
          label: s.label,
          bytes: readFileSync(s.path),
          postscriptName: s.postscriptName,
          suits: [],
          official: false,
        })
  return files
}
