import { createRequire } from 'node:module'
import { deflateSync } from 'node:zlib'
import {
  PDF_DEFLATE_LEVEL,
  restateLayout,
  restatePlainColors,
  restateStreams,
  type ColorOwner,
  type EmbeddedFontProto,
  type StreamRef,
} from '../documents/pdfkit-fast'

const require = createRequire(import.meta.url)

let installed = false
/**
 * restateStreams and restatePlainColors (src/documents/pdfkit-fast.ts) for the pdfkit pdfmake
 * uses in Node (one copy in node_modules), with streams deflated at PDF_DEFLATE_LEVEL.
 */
export function speedUpPdfkit(): void {
  if (installed) return
  installed = true
  const PDFDocument = require('pdfkit') as new (options: object) => { ref(): StreamRef }
  const proto = Object.getPrototypeOf(new PDFDocument({ autoFirstPage: false }).ref()) as StreamRef
  restateStreams(
    proto,
    (s) => Buffer.from(s, 'latin1'),
    (chunks) => deflateSync(Buffer.concat(chunks), { level: PDF_DEFLATE_LEVEL }),
  )
  restatePlainColors(PDFDocument.prototype as unknown as ColorOwner)
}

let layoutInstalled = false
/**
 * restateLayout for pdfkit's EmbeddedFont, whose class is reached through a font opened in a
 * document that is never written (`sample`: the bytes of a TrueType font).
 */
export function speedUpPdfkitLayout(sample: Uint8Array): void {
  if (layoutInstalled) return
  layoutInstalled = true
  const PDFDocument = require('pdfkit') as new (options: object) => {
    font(src: Buffer): unknown
    _font: unknown
  }
  const doc = new PDFDocument({ autoFirstPage: false })
  doc.font(Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength))
  restateLayout(Object.getPrototypeOf(doc._font) as EmbeddedFontProto)
}

export interface StyleStack {
  styleDictionary: Record<string, Record<string, unknown> | undefined>
  defaultStyle?: Record<string, unknown>
  styleOverrides?: unknown[]
  autopush(item: unknown): number
  pop(n: number): void
  getProperty(property: string): unknown
}

export const isValue = (v: unknown) => v !== undefined && v !== null
export const isString = (v: unknown) => typeof v === 'string' || v instanceof String

/** A named style's property, following `extends` (pdfmake's getStylePropertyFromStyle). */
export function fromNamedStyle(
  dictionary: StyleStack['styleDictionary'],
  name: string,
  property: string,
  visited: Set<string>,
): unknown {
  if (visited.has(name)) return undefined
  visited.add(name)
  const style = dictionary[name]
  if (!style) return undefined
  if (isValue(style[property])) return style[property]
  if (style.extends) {
    const parents = (Array.isArray(style.extends) ? style.extends : [style.extends]) as string[]
    for (let i = parents.length - 1; i >= 0; i--) {
      const value = fromNamedStyle(dictionary, parents[i]!, property, visited)
      if (isValue(value)) return value
    }
  }
  return undefined
}

let stylesInstalled = false
/**
 * pdfmake resolves some twenty style properties for every piece of text through its style
 * stack, and each lookup allocated two closures (StyleContextStack.auto's callback and
 * getProperty's inner helper): about a million for the 评分表 of 100 units, much of the
 * measuring time and of the garbage. The same two functions without the closures, in the same
 * order of lookups, so every value comes out the same.
 */
export function speedUpPdfmake(): void {
  if (stylesInstalled) return
  stylesInstalled = true
  const Stack = (require('pdfmake/js/StyleContextStack') as { default: unknown }).default as {
    prototype: StyleStack
    getStyleProperty: unknown
  }
  if (typeof Stack.prototype.getProperty !== 'function') return
  Stack.prototype.getProperty = function (property) {
    const overrides = this.styleOverrides
    if (overrides)
      for (let i = overrides.length - 1; i >= 0; i--) {
        const item = overrides[i] as Record<string, unknown>
        if (isString(item)) {
          const value = fromNamedStyle(this.styleDictionary, String(item), property, new Set())
          if (isValue(value)) return value
        } else if (isValue(item[property])) return item[property]
      }
    return this.defaultStyle && this.defaultStyle[property]
  }
  Stack.getStyleProperty = function (
    item: Record<string, unknown>,
    stack: StyleStack | undefined,
    property: string,
    defaultValue: unknown,
  ) {
    if (isValue(item[property])) return item[property]
    if (!stack) return defaultValue
    // StyleContextStack.auto(item, () => getProperty(property)), unrolled.
    const pushed = stack.autopush(item)
    const value = stack.getProperty(property)
    if (pushed > 0) stack.pop(pushed)
    return isValue(value) ? value : defaultValue
  }
}
