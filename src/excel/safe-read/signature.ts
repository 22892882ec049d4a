/**
 * What a file really is, from its first bytes, before SheetJS sees it: SheetJS happily parses
 * random bytes, CSV or HTML named `.xlsx` as a sheet, so only real workbooks go further.
 */
export type FileKind = 'xlsx' | 'xls' | 'ods' | 'encrypted' | 'not-workbook'

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)
}

/** UTF-16LE, as OLE2 directory entries store stream names. */
function utf16le(text: string): number[] {
  return [...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])
}

function contains(bytes: Uint8Array, needle: number[], limit = bytes.length): boolean {
  const end = Math.min(limit, bytes.length) - needle.length
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer
    return true
  }
  return false
}

const ODS_MIMETYPE = [...new TextEncoder().encode('application/vnd.oasis.opendocument.spreadsheet')]
const ENCRYPTION_INFO = utf16le('EncryptionInfo')
const WORKBOOK = utf16le('Workbook')
const BOOK = utf16le('Book')

export function detectFileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP)) {
    // OpenDocument stores an uncompressed `mimetype` entry first, right after its local header.
    return contains(bytes, ODS_MIMETYPE, 120) ? 'ods' : 'xlsx'
  }
  if (startsWith(bytes, OLE2)) {
    // A password-protected .xlsx is an OLE2 container holding EncryptionInfo + EncryptedPackage.
    if (contains(bytes, ENCRYPTION_INFO)) return 'encrypted'
    if (contains(bytes, WORKBOOK) || contains(bytes, BOOK)) return 'xls'
    return 'not-workbook'
  }
  return 'not-workbook'
}
