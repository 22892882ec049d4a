// Minimal typings for the two untyped libraries the PDF layer uses; only what we call.
declare module 'fontkit' {
  export interface FontkitFont {
    postscriptName: string
    familyName: string
    unitsPerEm: number
    ascent: number
    descent: number
    lineGap: number
    hasGlyphForCodePoint(codePoint: number): boolean
    layout(text: string): { positions: { xAdvance: number }[] }
    glyphForCodePoint(codePoint: number): { advanceWidth: number }
  }
  export interface FontkitCollection {
    fonts: FontkitFont[]
    getFont(postscriptName: string): FontkitFont | null
  }
  export function create(data: Uint8Array, postscriptName?: string): FontkitFont | FontkitCollection
}

declare module 'pdfmake' {
  interface PdfmakeOutput {
    /** The pdfkit document, laid out and drawn but not yet finished. */
    getStream(): Promise<object>
    getBuffer(): Promise<Uint8Array>
  }
  interface Pdfmake {
    virtualfs: {
      existsSync(name: string): boolean
      writeFileSync(name: string, content: Uint8Array): void
    }
    createPdf(doc: object, options?: object): PdfmakeOutput
    setFonts(fonts: object): void
    setUrlAccessPolicy(policy: (url: string) => boolean): void
    setProgressCallback(callback: ((fraction: number) => void) | undefined): void
    setLocalAccessPolicy?(policy: (path: string) => boolean): void
  }
  const pdfmake: Pdfmake
  export default pdfmake
}

declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string)
    nextBreak(): { position: number; required: boolean } | null
  }
}
