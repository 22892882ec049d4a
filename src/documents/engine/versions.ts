/**
 * The library versions the engine patches restate internals of. Every patch is checked
 * against this one table before it is applied (install.ts): a version bump leaves the patches
 * out, logged, until they are checked again against the new version (README.md says how).
 */
export const PINNED = {
  /** package.json pins it; its browser bundle carries the pdfkit and fontkit below. */
  pdfmake: '0.3.11',
  pdfkit: '0.19.1',
  fontkit: '2.0.4',
} as const

export type Library = keyof typeof PINNED

/** The versions actually found, by library; a missing one is unknown. */
export type FoundVersions = Partial<Record<Library, string>>

/**
 * What pdfmake's browser bundle carries: it exports neither pdfkit nor fontkit, so their
 * versions are known only through the pdfmake version the bundle was checked at.
 */
export function bundleVersions(pdfmakeVersion: string): FoundVersions {
  return pdfmakeVersion === PINNED.pdfmake
    ? { pdfmake: pdfmakeVersion, pdfkit: PINNED.pdfkit, fontkit: PINNED.fontkit }
    : { pdfmake: pdfmakeVersion }
}
