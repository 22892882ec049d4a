/**
 * Reads a zip's central directory (without inflating anything) and refuses archives whose
 * declared sizes or ratios could not come from a real 自查表: a zip bomb must be caught before
 * SheetJS inflates it in full.
 */
import { LIMITS } from '../limits'

export interface ZipEntryInfo {
  name: string
  compressed: number
  uncompressed: number
}

export type ZipCheck = { ok: true; entries: ZipEntryInfo[] } | { ok: false; reason: string }

export const ODS_REASON = '这是 OpenDocument 表格（.ods），请另存为 .xlsx 后导入'
const EOCD = 0x06054b50
const CDH = 0x02014b50

export function inspectZip(bytes: Uint8Array, limits = LIMITS): ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end-of-central-directory record sits in the last 22 + 65535 bytes (its comment).
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i
      break
    }
  }
  if (eocd < 0) return { ok: false, reason: '文件已损坏（找不到压缩包目录）' }
  const count = view.getUint16(eocd + 10, true)
  const cdSize = view.getUint32(eocd + 12, true)
  const cdOffset = view.getUint32(eocd + 16, true)
  if (count === 0xffff || cdOffset === 0xffffffff) {
    return { ok: false, reason: '文件使用了 ZIP64 格式，不像是自查表' }
  }
  if (count > limits.maxZipEntries) return { ok: false, reason: `文件内部条目过多（${count} 个）` }
  if (cdOffset + cdSize > bytes.length) return { ok: false, reason: '文件已损坏（压缩包目录越界）' }

  const entries: ZipEntryInfo[] = []
  let total = 0
  let p = cdOffset
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CDH) {
      return { ok: false, reason: '文件已损坏（压缩包目录不完整）' }
    }
    const compressed = view.getUint32(p + 20, true)
    const uncompressed = view.getUint32(p + 24, true)
    const nameLen = view.getUint16(p + 28, true)
    const extraLen = view.getUint16(p + 30, true)
    const commentLen = view.getUint16(p + 32, true)
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen))
    if (uncompressed > limits.maxEntryBytes) {
      return { ok: false, reason: `文件内部条目 ${name} 解压后过大，疑似压缩炸弹` }
    }
    if (
      uncompressed >= limits.ratioCheckFromBytes &&
      uncompressed / Math.max(compressed, 1) > limits.maxCompressionRatio
    ) {
      return { ok: false, reason: `文件内部条目 ${name} 压缩比异常，疑似压缩炸弹` }
    }
    total += uncompressed
    if (total > limits.maxUncompressedBytes) {
      return { ok: false, reason: '文件解压后总量过大，疑似压缩炸弹' }
    }
    entries.push({ name, compressed, uncompressed })
    p += 46 + nameLen + extraLen + commentLen
  }
  if (entries.some((e) => e.name === 'content.xml') && entries.some((e) => e.name === 'mimetype')) {
    return { ok: false, reason: ODS_REASON }
  }
  if (!entries.some((e) => e.name === 'xl/workbook.xml' || e.name === 'xl/workbook.bin')) {
    return { ok: false, reason: '不是 Excel 工作簿（压缩包中没有工作簿）' }
  }
  return { ok: true, entries }
}
