import type { FontRole } from './font-roles'
import type { LoadedFont, ResolvedFonts, RoleReport } from './resolve-fonts'
import { TextWrapper } from '../layout/wrap'

/** A run of text in one font, as a pdfmake inline. Only text: never links or images. */
export interface TextRun {
  text: string
  font: string
}

/**
 * The fonts of one document set, ready for pdfmake: which family serves each role, and text
 * split into runs by glyph coverage, so a rare character in a unit name (䒟 鿏 𠀾) is drawn
 * by the first font that has it instead of a missing-glyph box.
 */
export class FontSet {
  private readonly coverage = new Map<string, LoadedFont | null>()
  private wrapper: TextWrapper | null = null
  /** Characters no offered font can draw; reported to the user. */
  readonly missing = new Set<string>()

  constructor(readonly resolved: ResolvedFonts) {}

  get report(): RoleReport[] {
    return this.resolved.report
  }

  family(role: FontRole): string {
    return this.resolved.primary[role].family
  }

  /** pdfmake `fonts` dictionary; every style maps to the same file (no artificial bold). */
  pdfmakeFonts(): Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string[]>> {
    const out: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string[]>> = {}
    for (const f of this.resolved.fonts) {
      const def = [vfsName(f)]
      if (f.file.postscriptName) def.push(f.file.postscriptName)
      out[f.family] = { normal: def, bold: def, italics: def, bolditalics: def }
    }
    return out
  }

  /** Only the fonts a document used need to be in pdfmake's virtual file system. */
  files(): { name: string; bytes: Uint8Array }[] {
    return this.resolved.fonts.map((f) => ({ name: vfsName(f), bytes: f.file.bytes }))
  }

  /**
   * Text in a role's font: a plain string when the primary font covers it all, else runs.
   * Whitespace and controls stay with the neighbouring run.
   */
  runs(text: string, role: FontRole): TextRun[] {
    const chain = this.resolved.chains[role]
    const primary = chain[0]!.family
    const runs: TextRun[] = []
    for (const ch of text) {
      const font = this.fontFor(ch, chain)?.family ?? primary
      const last = runs[runs.length - 1]
      if (last && (last.font === font || /\s/.test(ch))) last.text += ch
      else runs.push({ text: ch, font })
    }
    return runs
  }

  /**
   * Text in a role's font, already broken into lines for a box `width` points wide (see
   * TextWrapper): for table cells and other unjustified text, where it saves pdfmake most work.
   */
  wrapped(
    text: string,
    role: FontRole,
    style: Record<string, unknown>,
    width: number,
  ): Record<string, unknown> {
    this.wrapper ??= new TextWrapper(this)
    return this.wrapper.node(text, role, style, width)
  }

  private fontFor(ch: string, chain: LoadedFont[]): LoadedFont | null {
    const key = `${chain[0]!.family}|${ch}`
    const hit = this.coverage.get(key)
    if (hit !== undefined) return hit
    const cp = ch.codePointAt(0)!
    const found =
      cp < 0x20 || /\s/.test(ch)
        ? chain[0]!
        : (chain.find((f) => f.font.hasGlyphForCodePoint(cp)) ?? null)
    if (!found) this.missing.add(ch)
    this.coverage.set(key, found)
    return found
  }
}

function vfsName(f: LoadedFont): string {
  return `${f.family}.font`
}
