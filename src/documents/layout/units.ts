/** Millimetres to PDF points: the standard measures in mm, PDF and pdfmake in pt. */
export const mm = (v: number): number => (v * 72) / 25.4

/** Chinese type sizes (号) in points. */
export const SIZE = { er: 22, san: 16, si: 14, xiaosi: 12, wu: 10.5, xiaowu: 9 } as const

/** GB/T 9704-2012 page: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm. */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  left: mm(28),
  right: mm(210 - 28 - 156),
  bottom: mm(297 - 37 - 225),
  blockWidth: mm(156),
  blockHeight: mm(225),
} as const

/** 22 lines × 28 characters in the 版心. */
export const GRID = {
  lines: 22,
  chars: 28,
  linePitch: mm(225) / 22,
  /**
   * 156/28 mm = 15.79 pt per character. pdfmake breaks CJK text into one-character pieces and
   * drops letter spacing inside them, so the 28-character line is set at this size instead of
   * 16 pt with −0.21 pt tracking: the same pitch, 1.3 % smaller glyphs.
   */
  charPitch: mm(156) / 28,
} as const

/** Print red Y80 M80 as an RGB both pdfkit and screens render alike. */
export const RED = '#E60012'
