import type { FontSet } from '../fonts/font-set'
import { txt, type TextNode } from '../layout/text'
import { mm } from '../layout/units'

/**
 * The page of the two printed guides. They are working papers for the office and the units,
 * not 公文: A4 with 20 mm margins, 五号 body on a 1.45 line, 黑体 headings, and `第 N 页 共 M 页`
 * centred at the foot, so a stapled copy can be checked for missing pages.
 */
export const GUIDE = {
  margin: mm(20),
  width: mm(210 - 40),
  body: 10.5,
  lineHeight: 1.45,
} as const

export function guideFrame(fonts: FontSet, title: string): Record<string, unknown> {
  return {
    pageSize: 'A4',
    pageMargins: [GUIDE.margin, GUIDE.margin, GUIDE.margin, GUIDE.margin],
    info: { title },
    defaultStyle: {
      font: fonts.family('body'),
      fontSize: GUIDE.body,
      lineHeight: GUIDE.lineHeight,
      color: '#000000',
    },
    footer: (page: number, count: number) => ({
      text: `第 ${page} 页 共 ${count} 页`,
      font: fonts.family('body'),
      fontSize: 9,
      alignment: 'center',
      margin: [0, mm(8), 0, 0],
    }),
  }
}

/** The guide's title: 小标宋 (or its substitute), centred. */
export function guideTitle(fonts: FontSet, text: string, size: number): TextNode {
  return txt(fonts, text, 'title', {
    fontSize: size,
    lineHeight: 1.3,
    alignment: 'center',
    margin: [0, 0, 0, 6],
  })
}

/** A heading in 黑体; kept with the paragraph after it. */
export function guideHeading(fonts: FontSet, text: string, size: number, top: number): TextNode {
  return txt(fonts, text, 'hei', {
    fontSize: size,
    lineHeight: 1.3,
    margin: [0, top, 0, 3],
    headlineLevel: 1,
  })
}

export function guidePara(fonts: FontSet, text: string, style: Record<string, unknown> = {}) {
  return txt(fonts, text, 'body', { margin: [0, 0, 0, 2], ...style })
}

/**
 * pdfmake's hook: a heading never ends a page. It moves to the next page when nothing follows
 * it on this one, or when it starts in the last eighth, where a table's first row (kept whole)
 * or a couple of lines would not fit under it.
 */
export function keepHeadings(
  node: { headlineLevel?: number; startPosition: { verticalRatio: number } },
  followingNodesOnPage: unknown[],
): boolean {
  if (node.headlineLevel !== 1) return false
  return followingNodesOnPage.length === 0 || node.startPosition.verticalRatio > 0.87
}

/** A numbered or labelled line whose wrapped lines start under its text, not under its label. */
export function hanging(
  fonts: FontSet,
  label: string,
  text: string,
  style: Record<string, unknown> = {},
) {
  return {
    columns: [
      { width: GUIDE.body * 1.6, ...txt(fonts, label, 'body') },
      { width: '*', ...txt(fonts, text, 'body') },
    ],
    columnGap: 0,
    margin: [0, 0, 0, 2],
    ...style,
  }
}

/** 第十五条（一） in 黑体, then its text, in one paragraph. */
export function labelled(fonts: FontSet, label: string, text: string) {
  return {
    text: [
      ...fonts.runs(label, 'hei'),
      { text: '\u3000', font: fonts.family('body') },
      ...fonts.runs(text, 'body'),
    ],
    margin: [0, 0, 0, 2],
  }
}
