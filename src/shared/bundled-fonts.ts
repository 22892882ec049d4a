/**
 * The freely licensed fonts (SIL OFL 1.1) shipped with the app, listed once for the three that
 * need them: the command line and tests read them from node_modules (src/node/fonts.ts), the
 * Electron build copies them to resources/fonts (scripts/copy-fonts.mjs, which as plain
 * JavaScript reads the JSON itself), and the app fetches them from there (app-fonts.ts).
 */
import type { FontRole } from '../documents'
import list from './bundled-fonts.json'

export interface BundledFont {
  id: string
  label: string
  /** The npm package and the file inside it. */
  pkg: string
  file: string
  /** Its name under resources/fonts, where the app fetches it as `fonts/<servedAs>`. */
  servedAs: string
  suits: FontRole[]
}

/**
 * In the order resolveFonts prefers them: the first that suits a role serves it. Noto Sans SC
 * is the TrueType build: fontkit subsets glyf tables far faster than the CID-keyed OpenType of
 * the same design (a cold 通报 ~0.3 s sooner, every later PDF ~50 ms).
 */
export const BUNDLED_FONTS = list.fonts as BundledFont[]

/** The licence texts copied beside the fonts. */
export const BUNDLED_FONT_LICENCES: { pkg: string; file: string; servedAs: string }[] =
  list.licences
