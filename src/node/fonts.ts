import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { WINDOWS_FONT_FILES, type FontFile, type FontOpener, type FontRole } from '../documents'
import { BUNDLED_FONTS, type BundledFont } from '../shared/bundled-fonts'

const require = createRequire(import.meta.url)

/** Other fonts on this PC worth offering: official Windows fonts, and CJK fonts for rare characters. */
const SYSTEM_FALLBACKS = [
  {
    path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
    postscriptName: 'NotoSerifCJKsc-Regular',
    label: 'Noto Serif CJK SC（系统字体，生僻字）',
  },
]

/**
 * A file of a package under the nearest node_modules, found without `require.resolve` (some
 * packages export neither their package.json nor their font files).
 */
export function packageFile(pkg: string, file: string): string {
  for (const dir of require.resolve.paths(pkg) ?? []) {
    const p = join(dir, pkg, file)
    if (existsSync(p)) return p
  }
  throw new Error(`找不到文件 ${pkg}/${file}，请先运行 npm install`)
}

/** Where a bundled font is read from (node_modules). */
export const bundledFontPath = (font: BundledFont): string => packageFile(font.pkg, font.file)

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
 * decoded tables and shaped strings (the engine's fontkit-share; resolveFonts's third argument).
 */
export const openNodeFont: FontOpener = (bytes, postscriptName) =>
  (require('fontkit') as { create: FontOpener }).create(bytes, postscriptName)

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
      bytes: readFileSync(bundledFontPath(b)),
      suits: b.suits,
      official: false,
    })
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
