import type { FontSet } from '../fonts/font-set'
import type { FontRole } from '../fonts/font-roles'

/** A pdfmake text node (and only that: imported strings never become links or images). */
export interface TextNode {
  text: string | { text: string; font: string }[]
  font: string
  [style: string]: unknown
}

/** Imported or typed text in a role's font, with per-character fallback. */
export function txt(
  fonts: FontSet,
  text: string,
  role: FontRole,
  style: Record<string, unknown> = {},
): TextNode {
  const runs = fonts.runs(text, role)
  const primary = fonts.family(role)
  const only = runs.length === 1 && runs[0]!.font === primary
  return { ...style, font: primary, text: only ? runs[0]!.text : runs.length ? runs : '' }
}
