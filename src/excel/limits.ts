/**
 * How much of a workbook the app will look at. A returned 自查表 has one sheet of a few dozen
 * rows; these caps are far above that and far below what would freeze the PC, so a hostile or
 * damaged file is refused (or clamped) instead of parsed for minutes.
 */
export const LIMITS = {
  /** File size before anything is parsed. */
  maxFileBytes: 10 * 1024 * 1024,
  /** Sum of the zip's declared uncompressed sizes. */
  maxUncompressedBytes: 40 * 1024 * 1024,
  /** One zip entry's declared uncompressed size. */
  maxEntryBytes: 20 * 1024 * 1024,
  /**
   * Declared uncompressed / compressed, for entries big enough to matter. Real sheet XML packs
   * 5–20×; runs of identical bytes (a bomb) pack 100× and more even with a weak deflate.
   */
  maxCompressionRatio: 60,
  ratioCheckFromBytes: 1024 * 1024,
  maxZipEntries: 2000,
  maxSheets: 30,
  /** Rows and columns ever iterated in one sheet, whatever its declared range says. */
  maxRows: 5000,
  maxColumns: 40,
} as const
