import { describe, expect, it } from 'vitest'
import { isBackupDue, msUntilNextCheck, type BackupState } from './backup-schedule'

const t0 = new Date('2026-03-31T06:00:00Z')
const later = (min: number) => new Date(t0.getTime() + min * 60_000)
const state = (over: Partial<BackupState>): BackupState => ({
  lastBackupAt: t0,
  lastBackupSeq: 10,
  currentSeq: 10,
  ...over,
})

describe('isBackupDue', () => {
  it('waits 15 minutes after the last backup, and only when something changed', () => {
    expect(isBackupDue('tick', state({ currentSeq: 11 }), later(14))).toBe(false)
    expect(isBackupDue('tick', state({ currentSeq: 11 }), later(15))).toBe(true)
    expect(isBackupDue('tick', state({}), later(600))).toBe(false)
  })

  it('backs up at once the first time there are changes', () => {
    expect(isBackupDue('tick', state({ lastBackupAt: null, lastBackupSeq: 0 }), t0)).toBe(true)
    expect(
      isBackupDue('tick', state({ lastBackupAt: null, lastBackupSeq: 0, currentSeq: 0 }), t0),
    ).toBe(false)
  })

  it('on close only with unsaved changes; before restore and upgrade always', () => {
    expect(isBackupDue('close', state({}), later(1))).toBe(false)
    expect(isBackupDue('close', state({ currentSeq: 12 }), later(1))).toBe(true)
    expect(isBackupDue('before-restore', state({}), later(1))).toBe(true)
    expect(isBackupDue('before-upgrade', state({}), later(1))).toBe(true)
  })
})

describe('msUntilNextCheck', () => {
  it('sleeps until the interval ends, never longer than one interval', () => {
    expect(msUntilNextCheck(state({}), later(5))).toBe(10 * 60_000)
    expect(msUntilNextCheck(state({}), later(-30))).toBe(15 * 60_000)
    expect(msUntilNextCheck(state({}), later(20))).toBe(60_000)
    expect(msUntilNextCheck(state({ lastBackupAt: null }), t0)).toBe(15 * 60_000)
  })
})
