import { sha256 } from '@noble/hashes/sha2'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils'

/**
 * SHA-256 of a UTF-8 string as hex, synchronous and pure JS (audited @noble/hashes): the same
 * code runs in the renderer, inside an IndexedDB transaction, and on the command line.
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)))
}
