import { createRequire } from 'node:module'
import { fromNamedStyle, isString, isValue, type StyleStack } from './pdfkit-node'

const require = createRequire(import.meta.url)

/** The pdfmake whose TextInlines.measure is restated below; any other version keeps its own. */
const MEASURE_OF_PDFMAKE = '0.3.11'

/**
 * The style properties TextInlines.measure reads for every piece of text, with pdfmake's
 * defaults, in its order.
 */
const MEASURED = [
  ['font', 'Roboto'],
  ['bold', false],
  ['italics', false],
  ['alignment', 'left'],
  ['fontSize', 12],
  ['fontFeatures', null],
  ['characterSpacing', 0],
  ['color', 'black'],
  ['decoration', null],
  ['decorationColor', null],
  ['decorationStyle', null],
  ['decorationThickness', null],
  ['background', null],
  ['link', null],
  ['linkToPage', null],
  ['linkToDestination', null],
  ['noWrap', null],
  ['opacity', 1],
  ['sup', false],
  ['sub', false],
  ['lineHeight', 1],
  ['preserveLeadingSpaces', false],
  ['preserveTrailingSpaces', false],
] as const

type Name = (typeof MEASURED)[number][0]
const SLOT = new Map<string, number>(MEASURED.map(([name], i) => [name, i]))

/**
 * The measured properties of one piece of text, resolved in one pass: the piece, its named
 * styles (last first), the style stack from the top, the document's default style — the
 * precedence of pdfmake's StyleContextStack.getStyleProperty, which the original measure asks
 * once per property, each time walking the stack from the top again.
 */
class Resolved {
  private readonly values: unknown[] = new Array(MEASURED.length)
  private left = 0

  resolve(item: Record<string, unknown>, stack: StyleStack): this {
    const values = this.values
    values.fill(undefined)
    this.left = MEASURED.length
    this.takeObject(item)
    if (item.section === undefined && item.style) {
      const names = (Array.isArray(item.style) ? item.style : [item.style]) as unknown[]
      for (let k = names.length - 1; k >= 0 && this.left > 0; k--) this.take(names[k], stack)
    }
    const overrides = stack.styleOverrides
    if (overrides)
      for (let i = overrides.length - 1; i >= 0 && this.left > 0; i--)
        this.take(overrides[i], stack)
    const base = stack.defaultStyle
    if (this.left > 0 && base)
      for (let i = 0; i < MEASURED.length; i++)
        if (values[i] === undefined) values[i] = base[MEASURED[i]![0]]
    return this
  }

  /** The resolved value, or pdfmake's default when no level gives one. */
  get(name: Name): unknown {
    const i = SLOT.get(name)!
    const v = this.values[i]
    return isValue(v) ? v : MEASURED[i]![1]
  }

  private take(level: unknown, stack: StyleStack): void {
    if (isString(level)) {
      const values = this.values
      for (let i = 0; i < MEASURED.length; i++) {
        if (values[i] !== undefined) continue
        const v = fromNamedStyle(stack.styleDictionary, String(level), MEASURED[i]![0], new Set())
        if (isValue(v)) {
          values[i] = v
          this.left--
        }
      }
    } else this.takeObject(level as Record<string, unknown>)
  }

  /**
   * A level's own keys are visited once (a node has a dozen), instead of asking it for each of
   * the 23 properties: most levels have none of them.
   */
  private takeObject(level: Record<string, unknown>): void {
    const values = this.values
    for (const key in level) {
      const i = SLOT.get(key)
      if (i === undefined || values[i] !== undefined) continue
      const v = level[key]
      if (isValue(v)) {
        values[i] = v
        this.left--
      }
    }
  }
}

interface Piece extends Record<string, unknown> {
  text: string
  font: { lineHeight(size: number): number }
  fontSize: number
  leadingCut?: number
  trailingCut?: number
  leadingIndent?: number
}

interface TextInlinesClass {
  prototype: {
    pdfDocument: { provideFont(font: unknown, bold: unknown, italics: unknown): Piece['font'] }
    widthOfText(text: string, inline: Piece): number
    measure(array: Piece[], stack: StyleStack): Piece[]
  }
}

const LEADING = /^(\s)+/g
const TRAILING = /(\s)+$/g

let installed = false
/**
 * pdfmake's TextInlines.measure asks the style stack for 23 properties of every piece of text
 * one by one, and each question walks the whole stack (six or seven levels in a table cell)
 * with a lookup by name on objects of every shape: a third of the measuring time of the
 * 评分表, and the largest single cost left in the document set. This is the same measure
 * (pdfmake 0.3.11's, statement for statement) with the properties resolved in one pass per
 * piece. Items without a property a level defines are not affected: the values, the defaults
 * and the order of the side effects are those of the original.
 */
export function speedUpTextMeasure(): void {
  if (installed) return
  installed = true
  const version = (require('pdfmake/package.json') as { version: string }).version
  if (version !== MEASURE_OF_PDFMAKE) return
  const TextInlines = (require('pdfmake/js/TextInlines') as { default: TextInlinesClass }).default
  const Stack = (require('pdfmake/js/StyleContextStack') as { default: unknown }).default as {
    getStyleProperty(item: object, stack: StyleStack, property: string, fallback: unknown): unknown
  }
  const style = new Resolved()
  TextInlines.prototype.measure = function (array, styleContextStack) {
    if (array.length) {
      const leadingIndent = Stack.getStyleProperty(
        array[0]!,
        styleContextStack,
        'leadingIndent',
        0,
      ) as number
      if (leadingIndent) {
        array[0]!.leadingCut = -leadingIndent
        array[0]!.leadingIndent = leadingIndent
      }
    }
    for (const item of array) {
      const s = style.resolve(item, styleContextStack)
      item.font = this.pdfDocument.provideFont(s.get('font'), s.get('bold'), s.get('italics'))
      item.alignment = s.get('alignment')
      item.fontSize = s.get('fontSize') as number
      item.fontFeatures = s.get('fontFeatures')
      item.characterSpacing = s.get('characterSpacing')
      item.color = s.get('color')
      item.decoration = s.get('decoration')
      item.decorationColor = s.get('decorationColor')
      item.decorationStyle = s.get('decorationStyle')
      item.decorationThickness = s.get('decorationThickness')
      item.background = s.get('background')
      item.link = s.get('link')
      item.linkToPage = s.get('linkToPage')
      item.linkToDestination = s.get('linkToDestination')
      item.noWrap = s.get('noWrap')
      item.opacity = s.get('opacity')
      item.sup = s.get('sup')
      item.sub = s.get('sub')
      if (item.sup || item.sub) item.fontSize *= 0.58
      const lineHeight = s.get('lineHeight') as number
      item.width = this.widthOfText(item.text, item)
      item.height = item.font.lineHeight(item.fontSize) * lineHeight
      if (!item.leadingCut) item.leadingCut = 0
      if (!s.get('preserveLeadingSpaces')) {
        const leadingSpaces = item.text.match(LEADING)
        if (leadingSpaces) item.leadingCut += this.widthOfText(leadingSpaces[0], item)
      }
      item.trailingCut = 0
      if (!s.get('preserveTrailingSpaces')) {
        const trailingSpaces = item.text.match(TRAILING)
        if (trailingSpaces) item.trailingCut = this.widthOfText(trailingSpaces[0], item)
      }
    }
    return array
  }
}
