import { describe, expect, it } from 'vitest'
import { recoveryAdvice } from './recovery-advice'

describe('the recovery screen’s advice', () => {
  it('points at the “从备份恢复” button only when the screen shows it', () => {
    const text = recoveryAdvice('store-emptier-than-marker', true)
    expect(text).toContain('点“从备份恢复”')
    expect(text).toContain('恢复之前，本机现有数据不会被改动')
  })

  it('names no button it does not show when the store cannot be opened', () => {
    for (const code of ['db-open-failed', 'db-newer']) {
      const text = recoveryAdvice(code, false)
      expect(text).not.toContain('点“从备份恢复”')
      expect(text).toContain('本机现有数据没有被改动')
      expect(text).toContain('备份文件夹')
    }
    expect(recoveryAdvice('db-open-failed', false)).toContain('点“重新加载”')
    expect(recoveryAdvice('db-newer', false)).toContain('较新版本考评通')
  })
})
