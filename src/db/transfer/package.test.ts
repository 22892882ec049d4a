import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { parseYearPackage, serializeYearPackage } from '../../domain'
import { addAdjustment } from '../entities/adjustments'
import { approveYear } from '../entities/approval'
import { addLedgerEntry } from '../entities/ledger'
import {
  exportAllYearsText,
  exportYearPackage,
  loadYearPackage,
  previewPackage,
  restoreAllAsNew,
  restorePackageAsNew,
  restorePackageReplace,
} from './package'
import { listHistory, verifyHistory } from '../core/history'
import { addReviewer } from '../entities/reviewers'
import { addUnit, listUnits } from '../entities/roster'
import { setReviewerScore } from '../entities/scores'
import {
  importSubmissions,
  markImportProblem,
  markTemplatesIssued,
  recordImportBatch,
  submissionStatuses,
} from '../entities/submissions'
import { selfAssessment, testSession, testYear, unitInput } from '../core/test-support'

async function busyYear(operator = '王敏') {
  const s = await testSession(operator)
  const y = await testYear(s)
  const [unit] = await listUnits(s.db, y.id, { sequence: 'township' })
  const r = await addReviewer(s, y.id, '张三')
  await importSubmissions(s, y.id, [selfAssessment(unit!.id, { '1.1': 400, '1.2': 300 })])
  const cell = { yearId: y.id, unitId: unit!.id, reviewerId: r.id }
  await setReviewerScore(s, { ...cell, itemCode: '1.1', score: 350, reason: '资料不全' })
  await setReviewerScore(s, { ...cell, itemCode: '1.2', score: 300 })
  await addAdjustment(s, { ...cell, itemCode: null, delta: -100, reason: '日常监管' })
  await addLedgerEntry(s, {
    yearId: y.id,
    unitId: unit!.id,
    kind: 'nationalFilmGeneral',
    description: '河道采砂',
  })
  return { s, y }
}

/** The package without what legitimately differs between two stores. */
const comparable = async (...args: Parameters<typeof loadYearPackage>) => {
  const { exportedAt: _e, history, ...rest } = await loadYearPackage(...args)
  return { ...rest, history: history.map((h) => [h.who, h.entity, h.action, h.reason]) }
}

describe('year packages', () => {
  it('exports, previews and restores a year on another PC with every number back', async () => {
    const { s, y } = await busyYear()
    await approveYear(s, y.id, '审定')
    const file = await exportYearPackage(s.db, y.id)
    expect(file.fileName).toMatch(/2026年度数据\.kpt$/)

    const preview = previewPackage(file.text)
    expect(preview).toMatchObject({
      ok: true,
      kind: 'year',
      years: [
        {
          year: 2026,
          locked: true,
          checksum: file.checksum,
          counts: {
            units: 3,
            submittedUnits: 1,
            submissionVersions: 1,
            reviewers: 1,
            scores: 2,
            adjustments: 1,
            ledger: 1,
          },
        },
      ],
    })

    const other = await testSession('李四', 'other-pc')
    const restored = await restorePackageAsNew(other, file.text)
    expect(restored).toMatchObject({ year: 2026, locked: true, origin: 'restore' })
    const a = await comparable(s.db, y.id)
    const b = await comparable(other.db, restored.id)
    // The restore itself is one more history entry on the new PC.
    expect(b.history.slice(0, -1)).toEqual(a.history)
    expect({ ...b, history: [] }).toEqual({ ...a, history: [] })
    expect((await verifyHistory(other.db)).intact).toBe(true)
    // Entries about the year follow it to its new id on the other PC.
    const locks = await listHistory(other.db, { entity: 'lock', entityId: restored.id })
    expect(locks.map((h) => [h.action, h.who])).toEqual([['approve', '王敏']])
  })

  it('refuses a damaged or edited file whole, changing nothing', async () => {
    const { s, y } = await busyYear()
    const file = await exportYearPackage(s.db, y.id)
    const edited = file.text.replace('"score": 350', '"score": 400')
    expect(edited).not.toBe(file.text)
    const preview = previewPackage(edited)
    expect(preview).toMatchObject({ ok: false, code: 'package-invalid' })
    expect(!preview.ok && preview.message).toContain('校验值不符')
    expect(previewPackage(file.text.slice(0, 500))).toMatchObject({ ok: false })

    const before = await Promise.all(s.db.tables.map((t) => t.count()))
    await expect(restorePackageAsNew(s, edited)).rejects.toThrow('校验值不符')
    expect(await Promise.all(s.db.tables.map((t) => t.count()))).toEqual(before)
  })

  it('replaces a year and hands back the old one as a file that undoes it', async () => {
    const { s, y } = await busyYear()
    const file = await exportYearPackage(s.db, y.id)
    await addUnit(s, y.id, unitInput('新增乡'))
    const { backup } = await restorePackageReplace(s, y.id, file.text)
    expect(await listUnits(s.db, y.id)).toHaveLength(3)
    expect(previewPackage(backup.text)).toMatchObject({
      ok: true,
      years: [{ counts: { units: 4 } }],
    })
    await restorePackageReplace(s, y.id, backup.text)
    expect((await listUnits(s.db, y.id)).map((u) => u.name)).toContain('新增乡')
    expect((await verifyHistory(s.db)).intact).toBe(true)
  })

  it('backs up every year in one file and restores them all into an empty store', async () => {
    const { s } = await busyYear()
    await testYear(s, 2025)
    const text = await exportAllYearsText(s.db)
    expect(previewPackage(text)).toMatchObject({ ok: true, kind: 'backup' })
    const fresh = await testSession('王敏', 'reset')
    const years = await restoreAllAsNew(fresh, text)
    expect(years.map((y) => y.year).sort()).toEqual([2025, 2026])
    expect(await fresh.db.scores.count()).toBe(2)
    // A backup with one damaged year is refused whole.
    const damaged = text.replace('"县生态环境局"', '"县环保局"')
    const fresh2 = await testSession('王敏', 'reset2')
    await expect(restoreAllAsNew(fresh2, damaged)).rejects.toThrow(/第 \d 个年度/)
    expect(await fresh2.db.years.count()).toBe(0)
  })

  it('brings every 自查材料 status back on restore: 有问题 stays 有问题, 已下发 stays 已下发', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const units = await listUnits(s.db, y.id)
    const [qingshan, lvshui, bureau] = ['青山镇', '绿水街道', '县生态环境局'].map((n) =>
      units.find((u) => u.name === n),
    )
    await markTemplatesIssued(s, y.id, [qingshan!.id, lvshui!.id, bureau!.id])
    // 青山镇: a good file, then a refused one (its last file was refused: 有问题).
    await importSubmissions(s, y.id, [selfAssessment(qingshan!.id, { '1.1': 400 })])
    await recordImportBatch(
      s,
      y.id,
      [],
      [{ unitId: qingshan!.id, fileName: '青山镇.xlsx', messages: ['D7: 得分 12 超过满分 4'] }],
    )
    // 绿水街道: a refused file, then a good one (已回收). 县生态环境局: only issued (已下发).
    await markImportProblem(s, lvshui!.id, '绿水街道.xlsx', ['缺少工作表“自查表”'])
    await importSubmissions(s, y.id, [selfAssessment(lvshui!.id, { '1.1': 400 })])
    const byName = async (db: typeof s.db, yearId: string) => {
      const statuses = await submissionStatuses(db, yearId)
      const rows = await listUnits(db, yearId)
      return rows
        .map((u) => [u.name, statuses.get(u.id)?.status, u.importProblem?.fileName])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])))
    }
    const before = await byName(s.db, y.id)
    expect(before).toEqual([
      ['县生态环境局', '已下发', undefined],
      ['绿水街道', '已回收', undefined],
      ['青山镇', '有问题', '青山镇.xlsx'],
    ])

    const file = await exportYearPackage(s.db, y.id)
    const other = await testSession('李华', 'other-pc')
    const restored = await restorePackageAsNew(other, file.text)
    expect(await byName(other.db, restored.id)).toEqual(before)
    const back = await listUnits(other.db, restored.id)
    expect(back.find((u) => u.name === '青山镇')?.importProblem?.messages).toEqual([
      'D7: 得分 12 超过满分 4',
    ])
  })

  it('counts in the preview the units that returned files apart from the versions of them', async () => {
    const { s, y } = await busyYear()
    const [unit] = await listUnits(s.db, y.id, { sequence: 'township' })
    await importSubmissions(s, y.id, [selfAssessment(unit!.id, { '1.1': 300, '1.2': 300 })])
    const preview = previewPackage((await exportYearPackage(s.db, y.id)).text)
    expect(preview).toMatchObject({
      ok: true,
      years: [{ counts: { units: 3, submittedUnits: 1, submissionVersions: 2 } }],
    })
  })

  it('finds nothing to warn of in a year the app itself exported', async () => {
    const { s, y } = await busyYear()
    const preview = previewPackage((await exportYearPackage(s.db, y.id)).text)
    expect(preview).toMatchObject({ ok: true, years: [{ problems: [] }] })
  })

  it('lists before a restore what the consistency check finds in a hand-edited file', async () => {
    const { s, y } = await busyYear()
    const parsed = parseYearPackage((await exportYearPackage(s.db, y.id)).text)
    if (!parsed.ok) throw new Error(parsed.error.message)
    const pkg = parsed.value
    const score = pkg.scores[0]!
    score.score = 100_00
    const preview = previewPackage(serializeYearPackage(pkg))
    if (!preview.ok) throw new Error(preview.message)
    const [problem] = preview.years[0]!.problems
    expect(problem).toContain('100.00')
    expect(problem).toContain(score.itemCode)
  })
})
