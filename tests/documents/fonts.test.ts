import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createSampleYear } from '../../src/domain'
import {
  FontSet,
  defaultDocumentOptions,
  generateNotice,
  resolveFonts,
  type FontFile,
} from '../../src/documents'
import { loadFontFiles } from '../../src/node/fonts'
import { readPdf, testFonts } from './pdf-reader'

const SYSTEM_CJK = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'
/**
 * The bundled Noto Serif/Sans SC lack CJK Ext B (𠀾): on Windows it comes from simsunb.ttf, on
 * Linux from Debian's fonts-noto-cjk. Without that system font these two tests cannot run, so
 * they are skipped on a developer machine that lacks it — never in CI, where .ci/run installs
 * the package and a missing font must fail the run instead of hiding it.
 */
const NO_EXT_B_FONT = !existsSync(SYSTEM_CJK) && !process.env.CI

describe('font resolution', () => {
  const bundled = loadFontFiles({ windowsFontDir: null, systemFallbacks: false })

  it('serves each role from the bundled fonts and says they are substitutes', () => {
    const r = resolveFonts(bundled)
    if (!r.ok) throw new Error(r.error.message)
    expect(r.value.report.map((x) => [x.role, x.fontId, x.substitute])).toEqual([
      ['title', 'bundled:noto-serif-sc-bold', true],
      ['body', 'bundled:noto-serif-sc', true],
      ['hei', 'bundled:noto-sans-sc', true],
      ['kai', 'bundled:lxgw-wenkai', true],
      ['song', 'bundled:noto-serif-sc', true],
    ])
  })

  it('prefers an installed official font, and a role can be pointed at any file', () => {
    const sans = bundled.find((f) => f.id === 'bundled:noto-sans-sc')!
    const official: FontFile = {
      ...sans,
      id: 'C:/Windows/Fonts/simfang.ttf',
      label: '仿宋',
      suits: ['body'],
      official: true,
    }
    const r = resolveFonts([...bundled, official], { overrides: { title: 'bundled:noto-sans-sc' } })
    if (!r.ok) throw new Error(r.error.message)
    const by = Object.fromEntries(r.value.report.map((x) => [x.role, x]))
    expect(by.body!.fontLabel).toBe('仿宋')
    expect(by.body!.substitute).toBe(false)
    expect(by.title!.fontId).toBe('bundled:noto-sans-sc')
  })

  it('refuses a file that is not a font, naming it', () => {
    const r = resolveFonts([
      {
        id: 'x.ttf',
        label: '坏字体',
        bytes: new Uint8Array([1, 2, 3]),
        suits: ['body'],
        official: false,
      },
    ])
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.message).toContain('坏字体')
  })
})

describe('per-character fallback', () => {
  it.skipIf(NO_EXT_B_FONT)('draws 䒟 鿏 𠀾 with a font that has them', () => {
    const fonts = testFonts()
    const runs = fonts.runs('云溪䒟鿏𠀾镇', 'body')
    expect(runs.map((r) => r.text).join('')).toBe('云溪䒟鿏𠀾镇')
    // 𠀾 (Ext B) is not in Noto Serif SC: it must come from another font.
    expect(runs.length).toBeGreaterThan(1)
    expect(runs.find((r) => r.text.includes('𠀾'))!.font).not.toBe(fonts.family('body'))
    expect(fonts.missing.size).toBe(0)
  })

  it('reports characters no font can draw instead of printing boxes silently', () => {
    const r = resolveFonts(loadFontFiles({ windowsFontDir: null, systemFallbacks: false }))
    if (!r.ok) throw new Error(r.error.message)
    const fonts = new FontSet(r.value)
    fonts.runs('\u{10FFFD}', 'body')
    expect([...fonts.missing]).toEqual(['\u{10FFFD}'])
  })

  it.skipIf(NO_EXT_B_FONT)(
    'renders rare unit names and all sample text without missing glyphs',
    async () => {
      const pkg = createSampleYear()
      pkg.units[0]!.name = '䒟鿏𠀾镇'
      const fonts = testFonts()
      const r = await generateNotice(pkg, fonts, defaultDocumentOptions(pkg).notice)
      if (!r.ok) throw new Error(r.error.message)
      expect(fonts.missing.size).toBe(0)
      const text = (await readPdf(r.value)).map((p) => p.text).join('')
      for (const ch of ['䒟', '鿏', '𠀾']) expect(text).toContain(ch)
    },
  )
})
