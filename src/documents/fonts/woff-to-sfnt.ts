import { unzlibSync } from 'fflate'

/** True for a WOFF 1.0 file (its signature is the four bytes `wOFF`). */
export function isWoff(bytes: Uint8Array): boolean {
  return bytes[0] === 0x77 && bytes[1] === 0x4f && bytes[2] === 0x46 && bytes[3] === 0x46
}

const unpacked = new WeakMap<Uint8Array, Uint8Array>()

/**
 * The plain TrueType/OpenType file inside a WOFF 1.0 file (the 楷体 substitute ships only as
 * WOFF). fontkit reads WOFF, but inflates a compressed table again on every access of its
 * stream, and reads each glyph through the `glyf` table's stream: with 10 MB of compressed
 * outlines one 通报 took over 30 s of CPU. Unpacked once here, a document takes as long as
 * with any TTF. Tables are copied as they are (each on a four-byte boundary, as the sfnt
 * format wants); their checksums are the WOFF's own, which are those of the original tables.
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const known = unpacked.get(woff)
  if (known) return known
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength)
  const flavor = view.getUint32(4)
  const numTables = view.getUint16(12)
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = []
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20
    const tag = view.getUint32(at)
    const offset = view.getUint32(at + 4)
    const compLength = view.getUint32(at + 8)
    const origLength = view.getUint32(at + 12)
    const checksum = view.getUint32(at + 16)
    const stored = woff.subarray(offset, offset + compLength)
    const data = compLength < origLength ? unzlibSync(stored) : stored
    if (data.length !== origLength) throw new Error('WOFF 表长度不符')
    tables.push({ tag, checksum, data })
  }
  // sfnt header: 12 bytes, then 16 per table, then the tables (sorted by tag, as WOFF has them).
  let size = 12 + 16 * numTables
  for (const t of tables) size += (t.data.length + 3) & ~3
  const out = new Uint8Array(size)
  const w = new DataView(out.buffer)
  let pow = 1
  let log = 0
  while (pow * 2 <= numTables) {
    pow *= 2
    log++
  }
  w.setUint32(0, flavor)
  w.setUint16(4, numTables)
  w.setUint16(6, pow * 16)
  w.setUint16(8, log)
  w.setUint16(10, numTables * 16 - pow * 16)
  let offset = 12 + 16 * numTables
  tables.forEach((t, i) => {
    const at = 12 + i * 16
    w.setUint32(at, t.tag)
    w.setUint32(at + 4, t.checksum)
    w.setUint32(at + 8, offset)
    w.setUint32(at + 12, t.data.length)
    out.set(t.data, offset)
    offset += (t.data.length + 3) & ~3
  })
  unpacked.set(woff, out)
  return out
}
