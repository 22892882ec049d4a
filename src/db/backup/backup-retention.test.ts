import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { planBackupRetention, type BackupEntry } from './backup-retention'

const CN = 480
/** A backup at a Beijing wall-clock time. */
const at = (name: string, beijing: string): BackupEntry => ({
  name,
  createdAt: new Date(`${beijing}+08:00`),
})
const now = new Date('2026-03-31T15:00:00+08:00')

describe('planBackupRetention', () => {
  it('keeps every backup of today', () => {
    const today = ['08:00', '08:15', '08:30', '14:45'].map((t) => at(t, `2026-03-31T${t}:00`))
    expect(planBackupRetention(today, now, CN)).toEqual({
      keep: ['14:45', '08:30', '08:15', '08:00'],
      remove: [],
    })
  })

  it('keeps the last backup of each of the previous 30 days', () => {
    const plan = planBackupRetention(
      [
        at('yesterday-early', '2026-03-30T09:00:00'),
        at('yesterday-late', '2026-03-30T17:30:00'),
        at('day30-a', '2026-03-01T10:00:00'),
        at('day30-b', '2026-03-01T11:00:00'),
      ],
      now,
      CN,
    )
    expect(plan.keep).toEqual(['yesterday-late', 'day30-b'])
    expect(plan.remove.sort()).toEqual(['day30-a', 'yesterday-early'])
  })

  it('beyond 30 days keeps only the last backup of each month', () => {
    const plan = planBackupRetention(
      [
        at('feb-28', '2026-02-28T18:00:00'), // 31 days ago: monthly rule
        at('feb-10', '2026-02-10T18:00:00'),
        at('jan-31', '2026-01-31T23:59:00'),
        at('jan-02', '2026-01-02T08:00:00'),
        at('dec', '2025-12-15T08:00:00'),
      ],
      now,
      CN,
    )
    expect(plan.keep).toEqual(['feb-28', 'jan-31', 'dec'])
    expect(plan.remove).toEqual(['feb-10', 'jan-02'])
  })

  it('uses the office calendar: 23:30 in Beijing is the same day, not the next UTC day', () => {
    const plan = planBackupRetention(
      [at('late', '2026-03-30T23:30:00'), at('early', '2026-03-30T00:30:00')],
      now,
      CN,
    )
    expect(plan).toEqual({ keep: ['late'], remove: ['early'] })
  })

  it('keeps backups dated in the future', () => {
    const plan = planBackupRetention(
      [at('f1', '2026-05-01T08:00:00'), at('f2', '2026-05-01T09:00:00')],
      now,
      CN,
    )
    expect(plan.remove).toEqual([])
  })

  it('never loses the newest backup and splits every name into keep or remove', () => {
    const entry = fc
      .date({ min: new Date('2024-01-01'), max: new Date('2026-04-30'), noInvalidDate: true })
      .map((d) => ({ name: d.toISOString(), createdAt: d }))
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.name, maxLength: 60 }), (list) => {
        const plan = planBackupRetention(list, now, CN)
        expect([...plan.keep, ...plan.remove].sort()).toEqual(list.map((e) => e.name).sort())
        if (list.length > 0) {
          const newest = list.reduce((a, b) => (a.createdAt > b.createdAt ? a : b))
          expect(plan.keep).toContain(newest.name)
        }
        // Before today, never two kept backups on the same Beijing day.
        const todayStart = new Date('2026-03-31T00:00:00+08:00')
        const keptDays = list
          .filter((e) => plan.keep.includes(e.name) && e.createdAt < todayStart)
          .map((e) => new Date(e.createdAt.getTime() + CN * 60_000).toISOString().slice(0, 10))
        expect(new Set(keptDays).size).toBe(keptDays.length)
      }),
    )
  })
})
