import { describe, expect, it } from 'vitest'
import { computeResults, createSampleYear } from '../../src/domain'
import {
  defaultDocumentOptions,
  interviewListDefinition,
  interviewRows,
  noticeDefinition,
  noticeContent,
  scoreSheetDefinition,
  warningLetterDefinition,
} from '../../src/documents'
import { testFonts } from './pdf-reader'

const FORBIDDEN = [
  'svg',
  'image',
  'images',
  'link',
  'linkToPage',
  'linkToDestination',
  'attachment',
  'attachments',
  'files',
  'qr',
  'url',
]
const HOSTILE = [
  '<svg><image href="file:///etc/passwd"/></svg>',
  'file:///C:/Windows/win.ini',
  'https://evil.example/x.png',
  'data:image/png;base64,AAAA',
  '{"image":"/etc/passwd"}',
]

function keysOf(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => keysOf(n, out))
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) {
      out.add(k)
      keysOf(v, out)
    }
  return out
}

describe('imported text enters document definitions only as text', () => {
  it('builds no svg/image/link/attachment nodes from hostile unit names and texts', () => {
    const pkg = createSampleYear()
    pkg.units.forEach((u, i) => (u.name = HOSTILE[i % HOSTILE.length]!))
    pkg.ledger.forEach((e) => (e.description = HOSTILE[0]!))
    pkg.scores.forEach((s) => (s.reason = HOSTILE[1]!))
    const fonts = testFonts()
    const results = computeResults(pkg)
    const units = results.sequences.flatMap((s) => s.units)
    const o = defaultDocumentOptions(pkg)
    o.notice.cc = [HOSTILE[2]!]
    const notice = noticeDefinition(fonts, noticeContent(pkg, results), o.notice)
    if (!notice.ok) throw new Error(notice.error.message)
    const defs = [
      notice.value,
      interviewListDefinition(fonts, pkg.year, interviewRows(pkg, results), o.interview),
      scoreSheetDefinition(fonts, pkg, units),
      ...units.map((u) => warningLetterDefinition(fonts, pkg, u, o.warning)),
    ]
    for (const d of defs) {
      const keys = keysOf(d)
      for (const k of FORBIDDEN) expect(keys.has(k), k).toBe(false)
    }
    // The hostile strings are there, as text.
    expect(JSON.stringify(notice.value)).toContain('file:///C:/Windows/win.ini')
  })
})
