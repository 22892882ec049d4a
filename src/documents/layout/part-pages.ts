/** Where pdfmake placed a node of the definition: one position per laid-out line. */
interface Placed {
  positions?: readonly { pageNumber?: unknown }[]
}

export interface PartPage {
  /** The page's number within its part, from 1. */
  page: number
  /** Pages of its part. */
  count: number
}

/**
 * Page numbers counted per part of one pdfmake document whose parts each begin on a new page
 * (the 评分表 of all units in one file: 第 k 页 共 n 页 of each unit). `firsts` are the first
 * node of each part, as put into the definition (the first part begins on page 1).
 *
 * pdfmake hands a footer only the page's number in the whole file and the file's page count.
 * But it lays out the footers of each layout attempt after that attempt's content (only then is
 * the page count known), and it records on every node of the definition where it put it:
 * `positions`, one per line, each with its `pageNumber`, reset whenever the node is laid out
 * again (the same records `pageBreakBefore` is shown as `startPosition` and `pageNumbers`).
 * So a footer finds its page's part from where the first node of each part landed, with no
 * second layout. tests/documents/score-sheet-pages.test.ts holds pdfmake (Node build and the
 * worker's browser bundle) to both behaviours. Should one change, what the nodes tell cannot
 * be parts of this file (no position, not rising from page 1, beyond the count) and the whole
 * file is numbered as one part, as before: those tests then fail.
 */
export function partPages(firsts: readonly object[]): (page: number, count: number) => PartPage {
  return (page, count) => {
    const starts: number[] = []
    for (const node of firsts) {
      const at = (node as Placed).positions?.[0]?.pageNumber
      const before = starts.length ? starts[starts.length - 1]! : 0
      if (typeof at !== 'number' || at <= before || (before === 0 && at !== 1) || at > count)
        return { page, count }
      starts.push(at)
    }
    let part = 0
    while (part + 1 < starts.length && starts[part + 1]! <= page) part++
    const start = starts[part] ?? 1
    const end = part + 1 < starts.length ? starts[part + 1]! - 1 : count
    return { page: page - start + 1, count: end - start + 1 }
  }
}
