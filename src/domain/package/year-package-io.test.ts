import { describe, expect, it } from 'vitest'
import { parseYearPackage, serializeYearPackage } from './year-package-io'
import { appendHistory, historyEntryHash, verifyHistory, GENESIS_HASH } from './history-chain'
import { sha256Hex } from './sha256'
import { emptyYearPackage } from './new-year'
import type { HistoryInput } from './history-chain'

const input = (n: number): HistoryInput => ({
  yearId: 'y2026',
  at: `2026-12-0${n}T08:00:00.000Z`,
  who: '王科员',
  entity: 'score',
  entityId: `u1|r1|1.${n}`,
  action: 'update',
  oldValue: 300,
  newValue: 250,
  reason: ' 佐证材料不全 ',
})

function withHistory() {
  const pkg = emptyYearPackage(2026)
  pkg.history = appendHistory(appendHistory([], input(1)), input(2))
  return pkg
}

describe('sha256Hex', () => {
  it('matches the standard test vectors', () => {
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })
})

describe('history chain', () => {
  it('chains from the genesis hash and verifies', () => {
    const chain = withHistory().history
    expect(chain[0]!.prevHash).toBe(GENESIS_HASH)
    expect(chain[1]!.prevHash).toBe(chain[0]!.hash)
    expect(chain.map((e) => e.seq)).toEqual([1, 2])
    expect(verifyHistory(chain)).toEqual({ intact: true, count: 2, lastHash: chain[1]!.hash })
  })
  it('hashes an entry exactly as the store does (value computed by src/db/core/history.ts)', () => {
    expect(historyEntryHash(input(1), GENESIS_HASH)).toBe(
      'defe3cbdf34336983191be930aaa5a05752773eb36843eb5cc3eb8d0a2051945',
    )
  })
  it('finds an edited or removed entry', () => {
    const chain = withHistory().history
    const edited = chain.map((e, i) => (i === 0 ? { ...e, newValue: 300 } : e))
    expect(verifyHistory(edited)).toMatchObject({ intact: false, brokenAtSeq: 1 })
    const cut = verifyHistory(chain.slice(1))
    expect(cut).toMatchObject({ intact: false, brokenAtSeq: 2 })
    if (!cut.intact) expect(cut.message).toContain('衔接不上')
  })
})

describe('year package file', () => {
  it('round-trips with the same value and checksum', () => {
    const pkg = withHistory()
    const text = serializeYearPackage(pkg)
    const back = parseYearPackage(text)
    expect(back).toEqual({ ok: true, value: pkg })
    if (back.ok) expect(serializeYearPackage(back.value)).toBe(text)
  })
  it('refuses a damaged or edited file whole', () => {
    const text = serializeYearPackage(withHistory())
    const edited = text.replace('"ledgerDeducted": false', '"ledgerDeducted": true')
    expect(edited).not.toBe(text)
    const r = parseYearPackage(edited)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatchObject({ code: 'checksum-mismatch' })
    expect(parseYearPackage(text.slice(0, 100))).toMatchObject({
      ok: false,
      error: { code: 'not-json' },
    })
    expect(parseYearPackage('{"a":1}')).toMatchObject({ ok: false, error: { code: 'not-package' } })
  })
  it('refuses a newer format version with a Chinese message', () => {
    const r = parseYearPackage(JSON.stringify({ format: 'kaopingtong-year', formatVersion: 9 }))
    expect(r).toMatchObject({ ok: false, error: { code: 'newer-format' } })
  })
  it('refuses a schema violation even with a matching checksum, naming the field', () => {
    const file = JSON.parse(serializeYearPackage(withHistory())) as Record<string, unknown>
    ;(file.settings as Record<string, unknown>).aggregation = 'median'
    const { checksum: _c, ...body } = file
    const bad = { ...body, checksum: { algorithm: 'SHA-256', value: '' } }
    // Re-sign the edited body as a careless tool would, so only the schema can catch it.
    bad.checksum.value = sha256Hex(JSON.stringify(sortDeep(body)))
    const r = parseYearPackage(JSON.stringify(bad))
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.error.message).toContain(
        '年度设置 · 评分汇总方式：应为 agreed、mean、trimmedMean 之一',
      )
  })
  it('reads a history entry whose old value was undefined (absent after JSON)', () => {
    const pkg = emptyYearPackage(2026)
    pkg.history = appendHistory([], { ...input(1), oldValue: undefined })
    const text = serializeYearPackage(pkg)
    expect(text).not.toContain('"oldValue"')
    expect(parseYearPackage(text).ok).toBe(true)
  })
  it('round-trips 自评已更新 marks and criteria drafts, and reads a version 1 file without them', () => {
    const pkg = withHistory()
    const mark = { from: 400, to: 300, version: 2, at: '2026-12-02T08:00:00.000Z' }
    pkg.scores.push({ unitId: 'u1', reviewerId: 'r1', itemCode: '1.1', score: 400, reason: '' })
    pkg.scores.push({ ...pkg.scores[0]!, itemCode: '1.2', selfChanged: mark })
    const draft = structuredClone(pkg.criteria.department)
    draft.categories[0]!.items[0]!.title = '草稿中的考评内容'
    pkg.criteriaDrafts = [{ sheet: draft, savedAt: '2026-12-03T08:00:00.000Z', savedBy: '王敏' }]
    const text = serializeYearPackage(pkg)
    const back = parseYearPackage(text)
    expect(back).toEqual({ ok: true, value: pkg })
    if (!back.ok) return
    expect(back.value.scores.map((x) => [x.itemCode, x.selfChanged])).toEqual([
      ['1.1', undefined],
      ['1.2', mark],
    ])
    expect(back.value.criteriaDrafts[0]!.sheet.categories[0]!.items[0]!.title).toBe(
      '草稿中的考评内容',
    )
    expect(serializeYearPackage(back.value)).toBe(text)

    // The same file as version 1 wrote it: read, with no marks and no drafts, as version 2.
    const {
      checksum: _c,
      criteriaDrafts: _d,
      ...body
    } = JSON.parse(serializeYearPackage(withHistory())) as Record<string, unknown>
    const v1 = { ...body, formatVersion: 1 }
    const old = parseYearPackage(
      JSON.stringify({
        ...v1,
        checksum: { algorithm: 'SHA-256', value: sha256Hex(JSON.stringify(sortDeep(v1))) },
      }),
    )
    expect(old).toMatchObject({ ok: true, value: { formatVersion: 2, criteriaDrafts: [] } })
  })
  it('refuses a broken history chain', () => {
    const pkg = withHistory()
    pkg.history = pkg.history.slice(1)
    const r = parseYearPackage(serializeYearPackage(pkg))
    expect(r).toMatchObject({ ok: false, error: { code: 'history-broken' } })
  })
})

function sortDeep(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortDeep)
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sortDeep((v as Record<string, unknown>)[k])]),
    )
  }
  return v
}
