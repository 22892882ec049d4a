import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import type { Unit } from '../../domain'
import { approveYear } from './approval'
import { isStoreError } from '../core/errors'
import { listHistory } from '../core/history'
import { listUnits } from './roster'
import { importRoster, planRosterImport, unitsWithWork, yearUnits } from './roster-import'
import { importSubmissions } from './submissions'
import { revertChange } from './undo'
import { selfAssessment, testSession, testYear, unitInput } from '../core/test-support'

const codeOf = (e: unknown) => (isStoreError(e) ? e.code : String(e))
const fileUnit = (name: string, id = '', sequence: Unit['sequence'] = 'township'): Unit => ({
  ...unitInput(name, sequence),
  id: id || `u-${name}`,
  retired: false,
})

describe('roster import', () => {
  it('plans new units, changes matched by id or name, and leaves units not in the file alone', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const existing = await yearUnits(s.db, y.id)
    const qingshan = existing.find((u) => u.name === '青山镇')!
    const lvshui = existing.find((u) => u.name === '绿水街道')!
    const plan = planRosterImport(existing, [
      // Same id, new name and contact: a change of that unit.
      { ...fileUnit('青山镇（新）', qingshan.id), contact: { name: '赵六', phone: '' } },
      // No id match, same name, identical: unchanged.
      { ...fileUnit('绿水街道'), kind: lvshui.kind },
      fileUnit('白云乡'),
    ])
    expect(plan.refused).toEqual([])
    expect(plan.added.map((a) => a.unit.name)).toEqual(['白云乡'])
    expect(plan.changed).toHaveLength(1)
    expect(plan.changed[0]!.fields).toEqual(['name', 'contact'])
    expect(plan.unchanged).toBe(1)
    expect(plan.untouched.map((u) => u.name)).toEqual(['县生态环境局'])
  })

  it('refuses a name taken by another unit, a name twice in the file and two rows for one unit', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const existing = await yearUnits(s.db, y.id)
    const qingshan = existing.find((u) => u.name === '青山镇')!
    const incoming = [
      fileUnit('绿水街道', qingshan.id), // renames 青山镇 onto 绿水街道's name
      fileUnit('白云乡'),
      fileUnit('白云乡', 'other'),
      fileUnit('县生态环境局', '', 'department'),
      fileUnit('县生态环境局', '', 'department'),
    ]
    // The store's order of units (by random id) must not decide what is refused.
    const reversed = planRosterImport([...existing].reverse(), incoming)
    const plan = planRosterImport(existing, incoming)
    expect(reversed.refused).toEqual(plan.refused)
    expect(plan.refused).toEqual([
      { index: 0, message: '名册中已有名为“绿水街道”的单位' },
      { index: 2, message: '单位“白云乡”在文件中出现了两次' },
      { index: 4, message: '与前面一行是同一单位“县生态环境局”' },
    ])
  })

  it('applies adds and changes in one transaction with history entries by the operator', async () => {
    const s = await testSession('李娜')
    const y = await testYear(s)
    const existing = await yearUnits(s.db, y.id)
    const qingshan = existing.find((u) => u.name === '青山镇')!
    const r = await importRoster(
      s,
      y.id,
      [
        { ...fileUnit('青山镇', qingshan.id), contact: { name: '赵六', phone: '13800000000' } },
        fileUnit('白云乡'),
        fileUnit('县水利局', '', 'department'),
      ],
      '名册.xlsx',
    )
    expect(r.added.map((u) => u.name)).toEqual(['白云乡', '县水利局'])
    expect(r.added.every((u) => u.id.startsWith('unit_'))).toBe(true)
    expect(r.changed.map((u) => u.contact.name)).toEqual(['赵六'])
    expect((await listUnits(s.db, y.id)).map((u) => u.name)).toHaveLength(5)

    const h = await listHistory(s.db, { entity: 'unit', entityId: qingshan.id })
    expect(h[0]).toMatchObject({
      action: 'edit',
      who: '李娜',
      reason: '从 Excel 导入名册：名册.xlsx',
      oldValue: { contact: { name: '周红' } },
      newValue: { contact: { name: '赵六' } },
    })
    // One change of an import can be undone on its own.
    await revertChange(s, h[0]!.seq!, '导错了')
    expect((await s.db.units.get(qingshan.id))?.contact.name).toBe('周红')
  })

  it('refuses moving a unit with a returned file to the other sequence', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const existing = await yearUnits(s.db, y.id)
    const qingshan = existing.find((u) => u.name === '青山镇')!
    const lvshui = existing.find((u) => u.name === '绿水街道')!
    await importSubmissions(s, y.id, [selfAssessment(qingshan.id, { '1.1': 400 })])
    const work = await unitsWithWork(s.db, y.id)
    expect([...work]).toEqual([qingshan.id])
    const moved = (u: typeof qingshan): Unit => ({ ...u, sequence: 'department', kind: '部门' })
    const plan = planRosterImport(existing, [moved(qingshan), moved(lvshui)], work)
    expect(plan.refused).toEqual([
      {
        index: 0,
        message:
          '单位“青山镇”已有自查材料或评分，不能改换序列（确需调整时，请撤销该单位，再在另一序列新增）',
      },
    ])
    expect(plan.changed.map((c) => c.after.name)).toEqual(['绿水街道'])
    const e = await importRoster(s, y.id, [moved(qingshan)], 'a.xlsx').catch((x) => x)
    expect(codeOf(e)).toBe('invalid-input')
    expect((await s.db.units.get(qingshan.id))?.sequence).toBe('township')
  })

  it('changes nothing when any row is refused or the year is locked', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const before = await s.db.history.count()
    const e = await importRoster(
      s,
      y.id,
      [fileUnit('白云乡'), fileUnit('青山镇', 'x'), fileUnit('白云乡', 'y')],
      '名册.xlsx',
    ).catch((x) => x)
    expect(codeOf(e)).toBe('invalid-input')
    expect((e as Error).message).toBe(
      '第 3 个单位：单位“白云乡”在文件中出现了两次。本次导入未做任何修改。',
    )
    expect(await s.db.history.count()).toBe(before)
    expect(await listUnits(s.db, y.id)).toHaveLength(3)

    await approveYear(s, y.id)
    expect(
      codeOf(await importRoster(s, y.id, [fileUnit('白云乡')], 'a.xlsx').catch((x) => x)),
    ).toBe('year-locked')
  })
})
