import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { speedUpTextMeasure } from '../../src/cli/pdfmake-measure'

const require = createRequire(import.meta.url)

type Measure = (this: object, array: object[], stack: object) => object[]
const TextInlines = (require('pdfmake/js/TextInlines') as { default: { prototype: object } })
  .default as unknown as { prototype: { measure: Measure }; new (doc: object): object }
const Stack = (require('pdfmake/js/StyleContextStack') as { default: unknown }).default as new (
  dictionary: object,
  defaultStyle?: object,
) => { push(x: unknown): void }

/** A font whose widths and heights depend on everything measure passes it. */
const fakeDocument = {
  provideFont: (font: unknown, bold: unknown, italics: unknown) => ({
    name: `${String(font)}/${String(bold)}/${String(italics)}`,
    lineHeight: (size: number) => size * 1.25,
    widthOfString: (text: string, size: number, features: unknown) =>
      text.length * size + (features ? 0.5 : 0),
  }),
}

const dictionary = {
  base: { fontSize: 9, color: 'red', lineHeight: 1.4 },
  head: { extends: 'base', bold: true, alignment: 'center' },
  loop: { extends: ['loop', 'head'], italics: true },
  shadow: { extends: ['base', 'head'], color: null, preserveTrailingSpaces: true },
  plain: { alignment: 'left', color: 'green' },
}

/** Stacks like a table cell's: the document, containers, a node pushed twice, named styles. */
function stacks() {
  const cell = { font: 'kpt1', fontSize: 10.5, alignment: 'right', noWrap: true, _margin: null }
  const a = new Stack(dictionary, { font: 'kpt0', fontSize: 12, opacity: 0.5 })
  a.push({ stack: [], margin: [0, 1, 0, 1] })
  a.push({ table: {}, layout: {}, color: 'blue', alignment: 'left', fontSize: 8 })
  a.push(cell)
  a.push(cell)
  const b = new Stack(dictionary, { font: 'kpt2' })
  b.push('loop')
  b.push({ alignment: 'justify', color: undefined, decoration: null })
  b.push(new String('shadow'))
  const c = new Stack(dictionary)
  c.push({ fontSize: 7, sup: true, characterSpacing: 1 })
  c.push('missing')
  c.push({ link: 'x', linkToPage: 3, background: 'yellow', lineHeight: null, characterSpacing: 2 })
  return [a, b, c]
}

/** Pieces as TextBreaker makes them: text plus the styles copied from an inline definition. */
const pieces = () => [
  { text: '  考评 ' },
  { text: '1.50', bold: true, fontFeatures: ['tnum'] },
  { text: ' x', style: 'head', preserveLeadingSpaces: true },
  { text: 'y ', style: ['base', 'loop'], fontSize: 5, sub: true },
  { text: 'z', section: 'ignored', style: 'head' },
  { text: 'w', style: ['head', 'plain'] },
  { text: '', color: null, leadingCut: 2 },
  { text: '  ', leadingIndent: 4, opacity: 0 },
]

function measureAll(measure: Measure) {
  const ti = new TextInlines(fakeDocument)
  return stacks().map((stack) => {
    const out = measure.call(ti, pieces(), stack)
    // The font object is made anew per call: compare what it was made from.
    return out.map((p) => ({ ...p, font: (p as { font: { name: string } }).font.name }))
  })
}

describe('speedUpTextMeasure', () => {
  it('measures every piece as pdfmake 0.3.11 itself does', () => {
    const original = TextInlines.prototype.measure
    // The original is pdfmake's own: it asks the stack once per property.
    expect(original.toString()).toContain("getStyleProperty(item, styleContextStack, 'font'")
    const before = measureAll(original)
    speedUpTextMeasure()
    expect(TextInlines.prototype.measure).not.toBe(original)
    const after = measureAll(TextInlines.prototype.measure)
    expect(after).toEqual(before)
    // The cases reach what they are meant to: levels, named styles, defaults and spaces.
    const flat = JSON.stringify(before)
    for (const seen of ['"kpt1/false/false"', '"blue"', '"red"', '"center"', '"yellow"'])
      expect(flat).toContain(seen)
    expect(before[0]![0]).toMatchObject({ alignment: 'right', fontSize: 10.5, opacity: 0.5 })
    expect(before[2]![0]).toMatchObject({ characterSpacing: 2 })
    // Of two named styles the last one wins.
    expect(before[1]![5]).toMatchObject({ alignment: 'left', color: 'green' })
    expect(before[2]![3]).toMatchObject({ sub: true, fontSize: 5 * 0.58 })
  })
})
