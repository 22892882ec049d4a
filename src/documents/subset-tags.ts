/**
 * pdfkit names each embedded subset `<tag>+<PostScript name>` with a tag made from the font's
 * number in its document (F1 → BZZZZZ, F2 → CZZZZZ …), so every PDF of the set calls different
 * subsets by the same names, and a printer or a merge tool that takes equal names for equal
 * fonts draws one document's text with another's glyphs. This gives each subset a tag of its
 * own, derived from the whole document and the old name: deterministic, and different between
 * documents and between the fonts of one document.
 *
 * The PDF is rewritten in place after pdfkit finished it (no library patch): a tag is six
 * capital letters before its `+` in both cases, so no byte moves and the cross-reference table
 * stays right. The names stand in plain object dictionaries (/BaseFont, /FontName), never
 * inside a compressed stream.
 */
export function retagSubsets(pdf: Uint8Array): Uint8Array {
  const raw = latin1(pdf)
  const names = /\/(?:BaseFont|FontName)\s*\/([A-Z]{6})\+([^\s/<>[\]()]+)/g
  const found = [...raw.matchAll(names)]
  if (found.length === 0) return pdf
  const seed = fnv1a(pdf, 0x811c9dc5)
  const seed2 = fnv1a(pdf, 0x01000193)
  const taken = new Map<string, string>()
  const used = new Set<string>()
  for (const m of found) {
    const key = `${m[1]}+${m[2]}`
    let tag = taken.get(key)
    if (!tag) {
      let salt = 0
      do tag = tagOf(seed, seed2, `${key}#${salt++}`)
      while (used.has(tag))
      used.add(tag)
      taken.set(key, tag)
    }
    const at = m.index + m[0].length - m[2]!.length - 7
    for (let i = 0; i < 6; i++) pdf[at + i] = tag.charCodeAt(i)
  }
  return pdf
}

function latin1(bytes: Uint8Array): string {
  let s = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk)
    s += String.fromCharCode(...bytes.subarray(i, i + chunk))
  return s
}

/** FNV-1a over bytes, 32 bits. */
function fnv1a(bytes: Uint8Array, basis: number): number {
  let h = basis >>> 0
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193) >>> 0
  return h
}

/** Six letters A–Z from the document's hashes and a subset's old name. */
function tagOf(seed: number, seed2: number, key: string): string {
  const data = new TextEncoder().encode(key)
  let a = fnv1a(data, seed)
  let b = fnv1a(data, seed2)
  let tag = ''
  for (let i = 0; i < 6; i++) {
    const x = i < 3 ? a : b
    tag += String.fromCharCode(65 + (x % 26))
    if (i < 3) a = Math.floor(a / 26)
    else b = Math.floor(b / 26)
  }
  return tag
}
