/** pdfkit's plain colours, made once per colour (applied by install.ts). */

import { firstTime } from './mark'

export interface ColorOwner {
  _normalizeColor(color: unknown): unknown
  _setColorCore(color: unknown, stroke: boolean): boolean
  _setColorSpace(space: string, stroke: boolean): unknown
  addContent(data: string): unknown
}

/**
 * pdfmake sets the colour before every piece of text and every table rule, by name ('black')
 * or hex ('#f2f2f2'), and pdfkit turned the name into a fresh array of fractions and joined it
 * into the operator each time. A named or hex colour always gives the same operators (spot
 * colours, which depend on the document, are looked up only for other names), so those are
 * made once per colour; everything else takes pdfkit's own path.
 */
export function restatePlainColors(proto: ColorOwner): boolean {
  const setColorCore = proto._setColorCore
  const normalize = proto._normalizeColor
  if (typeof setColorCore !== 'function' || typeof normalize !== 'function') return false
  if (!firstTime(proto, 'pdfkit-colors')) return true
  const plain = new Map<string, { space: string; values: string }>()
  proto._setColorCore = function (color, stroke) {
    if (typeof color !== 'string') return setColorCore.call(this, color, stroke)
    let known = plain.get(color)
    if (known === undefined) {
      const normalized = normalize.call(this, color)
      // A string comes back as an array only by hex or name, which pdfkit tries before the
      // document's spot colours; a spot colour or an unknown name takes pdfkit's own path.
      if (!Array.isArray(normalized)) return setColorCore.call(this, color, stroke)
      known = {
        space: normalized.length === 4 ? 'DeviceCMYK' : 'DeviceRGB',
        values: (normalized as number[]).join(' '),
      }
      plain.set(color, known)
    }
    this._setColorSpace(known.space, stroke)
    this.addContent(`${known.values} ${stroke ? 'SCN' : 'scn'}`)
    return true
  }
  return true
}
