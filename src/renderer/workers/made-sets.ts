/**
 * The documents the PDF worker made last, kept so that asking again for the same thing is
 * answered at once: a year's whole set takes seconds of layout, and users preview, save and
 * print the same set several times while nothing changed.
 */
import { canonicalJson, yearPackageChecksum, type YearPackage } from '../../domain'
import type { DocumentSetOptions, GuideKind, GuideYear } from '../../documents/options'

/**
 * What the documents depend on: the kind, the year's data by its checksum, and every option.
 * The moment the package was read out of the database (`exportedAt`) and the checksum it
 * carries are left out: they change with every read, the documents do not. Fonts are not in
 * the key: new fonts empty the cache (MadeSets.clear).
 */
export function madeSetKey(
  kind: 'notice' | 'set',
  pkg: YearPackage,
  options: DocumentSetOptions,
): string {
  const { exportedAt: _moment, ...data } = pkg
  return `${kind}|${yearPackageChecksum(data)}|${canonicalJson(options)}`
}

/**
 * What a guide depends on: its kind, the year's fields it prints and the printing date (the
 * help text is the app's own). Fonts as above.
 */
export function guideKey(kind: GuideKind, year: GuideYear, today: string): string {
  return `guide:${kind}|${canonicalJson({ year, today })}`
}

/** The last few answers by key, the least recently asked dropped first. */
export class MadeSets<T> {
  private readonly entries = new Map<string, T>()

  /**
   * Six: the 通报 and the set for the last two states of data and options, and the two
   * guides.
   */
  constructor(private readonly limit = 6) {}

  get(key: string): T | undefined {
    const value = this.entries.get(key)
    if (value !== undefined) {
      this.entries.delete(key)
      this.entries.set(key, value)
    }
    return value
  }

  put(key: string, value: T): void {
    this.entries.delete(key)
    this.entries.set(key, value)
    while (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!)
  }

  clear(): void {
    this.entries.clear()
  }
}
