import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { isStoreError } from '../core/errors'
import { listHistory, verifyHistory } from '../core/history'
import { importLedgerEntries, listLedger, type LedgerImportEntry } from './ledger'
import { listUnits } from './roster'
import { revertChange } from './undo'
import { exportYearPackage, restorePackageAsNew } from '../transfer/package'
import { testSession, testYear } from '../core/test-support'

describe('importLedgerEntries', () => {
  it('writes every problem of the file with a history entry naming the file', async () => {
    const s = await testSession('王五')
    const y = await testYear(s)
    const [a, b] = await listUnits(s.db, y.id)
    const entries: LedgerImportEntry[] = [
      {
        unitId: a!.id,
        kind: 'centralInspectionTypical',
        description: '河道垃圾长期未清理',
        date: '2026-03-15',
        source: '中央督察通报〔2026〕3号',
      },
      {
        unitId: b!.id,
        kind: 'nationalFilmGeneral',
        description: '渣土堆放未覆盖',
        date: '2026-05-02',
        source: '长江经济带警示片（2026）',
      },
    ]
    const rows = await importLedgerEntries(s, y.id, '台账.xlsx', entries)
    // One write, one time: listed in the order of the file.
    const stored = await listLedger(s.db, y.id)
    expect(
      stored.map((r) => [r.unitId, r.kind, r.description, r.date, r.source, r.by, r.removed]),
    ).toEqual([
      [
        a!.id,
        'centralInspectionTypical',
        '河道垃圾长期未清理',
        '2026-03-15',
        '中央督察通报〔2026〕3号',
        '王五',
        false,
      ],
      [
        b!.id,
        'nationalFilmGeneral',
        '渣土堆放未覆盖',
        '2026-05-02',
        '长江经济带警示片（2026）',
        '王五',
        false,
      ],
    ])
    for (const r of rows) {
      const h = await listHistory(s.db, { entity: 'ledger', entityId: r.id })
      expect(h.map((e) => [e.action, e.who, e.reason])).toEqual([
        ['add', '王五', '导入问题台账 台账.xlsx'],
      ])
    }
    // Each problem is undone alone, as one typed in.
    const [first] = await listHistory(s.db, { entity: 'ledger', entityId: rows[0]!.id })
    await revertChange(s, first!.seq!, '重复登记')
    expect((await listLedger(s.db, y.id)).map((r) => r.description)).toEqual(['渣土堆放未覆盖'])
    expect((await verifyHistory(s.db)).intact).toBe(true)
  })

  it('keeps the date and source document through a year package', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const [a] = await listUnits(s.db, y.id)
    await importLedgerEntries(s, y.id, '台账.xlsx', [
      {
        unitId: a!.id,
        kind: 'provincialInspectionTypical',
        description: '污水直排',
        date: '2026-06-30',
        source: '省督察通报〔2026〕7号',
      },
    ])
    const restored = await restorePackageAsNew(s, (await exportYearPackage(s.db, y.id)).text)
    const [entry] = await listLedger(s.db, restored.id)
    expect([entry!.description, entry!.date, entry!.source]).toEqual([
      '污水直排',
      '2026-06-30',
      '省督察通报〔2026〕7号',
    ])
  })

  it('lists the problems of one file in the file’s row order, also after a year package', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const [a, b] = await listUnits(s.db, y.id)
    // One import, one time for all: only the row order can tell these apart. Rows 3, 4, … of
    // the sheet, the two units interleaved as an office would type them.
    const descriptions = Array.from(
      { length: 12 },
      (_, i) => `问题${String.fromCharCode(0x41 + i)}`,
    )
    const entries: LedgerImportEntry[] = descriptions.map((description, i) => ({
      row: i + 3,
      unitId: (i % 3 === 2 ? b : a)!.id,
      kind: 'nationalFilmGeneral',
      description,
      date: '2026-05-02',
      source: '长江经济带警示片（2026）',
    }))
    const fileOrder = (unitId?: string) =>
      entries.filter((e) => unitId === undefined || e.unitId === unitId).map((e) => e.description)
    await importLedgerEntries(s, y.id, '台账.xlsx', entries)
    const listed = async (yearId: string, unitId?: string) =>
      (await listLedger(s.db, yearId, unitId)).map((r) => r.description)
    expect(new Set((await listLedger(s.db, y.id)).map((r) => r.at)).size).toBe(1)
    expect(await listed(y.id, a!.id)).toEqual(fileOrder(a!.id))
    expect(await listed(y.id, b!.id)).toEqual(fileOrder(b!.id))
    expect(await listed(y.id)).toEqual(fileOrder())
    // The package (what the 警示函 lists) keeps the order, and a restore brings it back.
    const exported = await exportYearPackage(s.db, y.id)
    const pkg = JSON.parse(exported.text) as { ledger: { description: string }[] }
    expect(pkg.ledger.map((l) => l.description)).toEqual(fileOrder())
    const restored = await restorePackageAsNew(s, exported.text)
    // A copy beside the original: its units have new ids, so find them by name.
    const copies = await listUnits(s.db, restored.id)
    const copyOf = (id: string) =>
      copies.find((u) => u.name === [a, b].find((x) => x!.id === id)!.name)!.id
    expect(await listed(restored.id, copyOf(a!.id))).toEqual(fileOrder(a!.id))
    expect(await listed(restored.id, copyOf(b!.id))).toEqual(fileOrder(b!.id))
    expect(await listed(restored.id)).toEqual(fileOrder())
  })

  it('writes nothing when one problem is refused (a day that does not exist)', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const [a] = await listUnits(s.db, y.id)
    const good: LedgerImportEntry = {
      unitId: a!.id,
      kind: 'nationalFilmTypical',
      description: '排污口未整治',
      date: '2026-04-01',
      source: '警示片',
    }
    const before = (await listHistory(s.db, {})).length
    const e = await importLedgerEntries(s, y.id, '台账.xlsx', [
      good,
      { ...good, date: '2026-02-30' },
    ]).catch((x: unknown) => x)
    expect(isStoreError(e) && e.message).toBe(`台账.xlsx：${a!.name} 通报日期：没有这一天`)
    expect(await listLedger(s.db, y.id)).toEqual([])
    expect((await listHistory(s.db, {})).length).toBe(before)
  })
})
