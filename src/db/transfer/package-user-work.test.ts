import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import {
  canonicalJson,
  serializeYearPackage,
  yearPackageChecksum,
  type CriteriaSheet,
  type Sequence,
} from '../../domain'
import { criteriaDraft, saveCriteriaDraft } from '../entities/criteria-draft'
import { currentCriteria } from '../entities/criteria'
import { addReviewer, listReviewers } from '../entities/reviewers'
import { listUnits } from '../entities/roster'
import { listScores, setReviewerScore } from '../entities/scores'
import { importSubmissions } from '../entities/submissions'
import type { AssessmentDB } from '../core/database'
import type { Session } from '../core/session'
import { selfAssessment, testSession, testYear } from '../core/test-support'
import {
  exportAllYearsText,
  exportYearPackage,
  loadYearPackage,
  previewPackage,
  restoreAllAsNew,
  restorePackageAsNew,
  restorePackageReplace,
} from './package'
import { deleteYear } from './restore'

const AT = '2026-11-30T08:00:00.000Z'

/** The sheet in force with the first item retitled and re-weighted, and one item added. */
async function draftOf(s: Session, yearId: string, sequence: Sequence): Promise<CriteriaSheet> {
  const sheet = structuredClone((await currentCriteria(s.db, yearId, sequence))!.sheet)
  const [first] = sheet.categories
  first!.items[0] = { ...first!.items[0]!, title: `${first!.items[0]!.title}（草稿改）`, max: 650 }
  first!.items.push({
    code: `${sequence === 'township' ? 'T' : 'D'}9.9`,
    title: '新增考评内容',
    max: 150,
    standard: '每缺一次扣0.5分',
    step: 50,
  })
  return sheet
}

/**
 * Two townships self-assess, two reviewers score, then both send a second version: three
 * scores end up marked 自评已更新 (张三 on 青山镇 1.1 and 1.2, 张三 on 绿水街道 1.1). Both
 * sequences have a draft of their criteria being worked on.
 */
async function workedYear(s: Session) {
  const y = await testYear(s)
  const units = await listUnits(s.db, y.id, { sequence: 'township' })
  const [qs, ls] = ['青山镇', '绿水街道'].map((n) => units.find((u) => u.name === n))
  const a = await addReviewer(s, y.id, '张三')
  const b = await addReviewer(s, y.id, '李四')
  await importSubmissions(s, y.id, [
    selfAssessment(qs!.id, { '1.1': 400, '1.2': 300 }),
    selfAssessment(ls!.id, { '1.1': 400, '1.2': 300 }),
  ])
  const cell = (unitId: string, reviewerId: string, itemCode: string, score: number, reason = '') =>
    setReviewerScore(s, { yearId: y.id, unitId, reviewerId, itemCode, score, reason })
  await cell(qs!.id, a.id, '1.1', 400)
  await cell(qs!.id, b.id, '1.1', 300, '台账缺一次')
  await cell(qs!.id, a.id, '1.2', 300)
  await cell(ls!.id, a.id, '1.1', 400)
  await cell(ls!.id, b.id, '1.2', 300)
  await importSubmissions(s, y.id, [
    selfAssessment(qs!.id, { '1.1': 300, '1.2': 200 }),
    selfAssessment(ls!.id, { '1.1': 200, '1.2': 300 }),
  ])
  for (const seq of ['township', 'department'] as const) {
    await saveCriteriaDraft(s, y.id, seq, await draftOf(s, y.id, seq))
  }
  return y
}

/** Every standing mark, named by unit, item and reviewer, with what it says. */
async function marks(db: AssessmentDB, yearId: string): Promise<string[]> {
  const units = new Map((await listUnits(db, yearId)).map((u) => [u.id, u.name]))
  const reviewers = new Map((await listReviewers(db, yearId)).map((r) => [r.id, r.name]))
  return (await listScores(db, yearId))
    .filter((r) => r.selfChanged)
    .map((r) => {
      const m = r.selfChanged!
      return `${units.get(r.unitId)} ${r.itemCode} ${reviewers.get(r.reviewerId)}: ${m.from} → ${m.to} 第${m.version}版 ${m.at}`
    })
    .sort()
}

/** Each draft item by sequence: code, title, max (and the rest of the item). */
async function drafts(db: AssessmentDB, yearId: string) {
  const out: Record<string, unknown> = {}
  for (const seq of ['township', 'department'] as const) {
    const d = await criteriaDraft(db, yearId, seq)
    out[seq] = d && {
      savedBy: d.savedBy,
      savedAt: d.savedAt,
      items: d.sheet.categories.flatMap((c) =>
        c.items.map((i) => [c.title, i.code, i.title, i.max, i.step ?? null]),
      ),
    }
  }
  return out
}

describe('what a user made and a year package used to leave out', () => {
  it('carries every 自评已更新 mark and criteria draft through export → restore → export, byte for byte', async () => {
    const s = await testSession('王敏')
    const y = await workedYear(s)
    const before = { marks: await marks(s.db, y.id), drafts: await drafts(s.db, y.id) }
    expect(before.marks).toHaveLength(3)
    expect(before.marks.map((m) => m.split(':')[0])).toEqual([
      '绿水街道 1.1 张三',
      '青山镇 1.1 张三',
      '青山镇 1.2 张三',
    ])
    const first = await loadYearPackage(s.db, y.id, AT)
    expect(first.formatVersion).toBe(2)
    expect(first.criteriaDrafts.map((d) => d.sheet.sequence)).toEqual(['township', 'department'])

    const other = await testSession('李华', 'other-pc')
    const restored = await restorePackageAsNew(other, serializeYearPackage(first))
    // Item by item: every mark (unit, item, reviewer, from, to, version, time) and every draft
    // item (category, code, title, max, step) with who saved it when.
    expect(await marks(other.db, restored.id)).toEqual(before.marks)
    expect(await drafts(other.db, restored.id)).toEqual(before.drafts)

    const again = await loadYearPackage(other.db, restored.id, AT)
    // The same bytes for all but the history, which gains the restore itself.
    const { history: h1, ...rest1 } = first
    const { history: h2, ...rest2 } = again
    expect(canonicalJson(rest2)).toBe(canonicalJson(rest1))
    expect(canonicalJson(again.scores)).toBe(canonicalJson(first.scores))
    expect(canonicalJson(again.criteriaDrafts)).toBe(canonicalJson(first.criteriaDrafts))
    expect(h2.length).toBe(h1.length + 1)
  })

  it('keeps them through the automatic backup restored into a reset store', async () => {
    const s = await testSession('王敏')
    const y = await workedYear(s)
    const before = { marks: await marks(s.db, y.id), drafts: await drafts(s.db, y.id) }
    const fresh = await testSession('王敏', 'reset')
    const [restored] = await restoreAllAsNew(fresh, await exportAllYearsText(s.db))
    expect(await marks(fresh.db, restored!.id)).toEqual(before.marks)
    expect(await drafts(fresh.db, restored!.id)).toEqual(before.drafts)
  })

  it('replaces a year’s drafts and marks with the file’s, and the file handed back undoes it', async () => {
    const s = await testSession('王敏')
    const y = await workedYear(s)
    const worked = { marks: await marks(s.db, y.id), drafts: await drafts(s.db, y.id) }
    // A file of the year before any of it: no marks, no drafts.
    const plain = await testSession('王敏', 'plain')
    const bare = await testYear(plain)
    const { backup } = await restorePackageReplace(
      s,
      y.id,
      (await exportYearPackage(plain.db, bare.id)).text,
    )
    expect(await marks(s.db, y.id)).toEqual([])
    expect(await drafts(s.db, y.id)).toEqual({ township: undefined, department: undefined })
    await restorePackageReplace(s, y.id, backup.text)
    expect(await marks(s.db, y.id)).toEqual(worked.marks)
    expect(await drafts(s.db, y.id)).toEqual(worked.drafts)
  })

  it('hands back a deleted year with its drafts and marks', async () => {
    const s = await testSession('王敏')
    const y = await workedYear(s)
    const worked = { marks: await marks(s.db, y.id), drafts: await drafts(s.db, y.id) }
    const gone = await deleteYear(s, y.id, '建错了')
    expect(gone.drafts.map((d) => d.sheet.sequence)).toEqual(['township', 'department'])
    expect(await criteriaDraft(s.db, y.id, 'township')).toBeUndefined()
    const { yearDataToPackage } = await import('./package-mapping')
    const back = await restorePackageAsNew(s, serializeYearPackage(yearDataToPackage(gone, AT)))
    expect(await marks(s.db, back.id)).toEqual(worked.marks)
    expect(await drafts(s.db, back.id)).toEqual(worked.drafts)
  })

  it('reads a version 1 package as before: restored with no marks and no drafts', async () => {
    const s = await testSession('王敏')
    const y = await workedYear(s)
    const current = JSON.parse((await exportYearPackage(s.db, y.id)).text) as Record<
      string,
      unknown
    >
    // The same year as a build before format version 2 wrote it.
    const { checksum: _c, criteriaDrafts: _d, ...body } = current
    const v1: Record<string, unknown> = {
      ...body,
      formatVersion: 1,
      scores: (body.scores as Record<string, unknown>[]).map(({ selfChanged: _m, ...sc }) => sc),
    }
    const text = JSON.stringify({
      ...v1,
      checksum: { algorithm: 'SHA-256', value: yearPackageChecksum(v1) },
    })
    const checksum = yearPackageChecksum(v1)
    // The preview shows the file's checksum, as the older build showed it at export.
    expect(previewPackage(text)).toMatchObject({ ok: true, years: [{ checksum }] })
    const other = await testSession('李华', 'old-file')
    const restored = await restorePackageAsNew(other, text)
    expect(await marks(other.db, restored.id)).toEqual([])
    expect(await drafts(other.db, restored.id)).toEqual({
      township: undefined,
      department: undefined,
    })
    expect((await listScores(other.db, restored.id)).length).toBe(5)
    const again = await loadYearPackage(other.db, restored.id)
    expect([
      again.formatVersion,
      again.criteriaDrafts,
      again.scores.filter((x) => x.selfChanged),
    ]).toEqual([2, [], []])
  })
})
