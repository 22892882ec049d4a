import { describe, expect, it } from 'vitest'
import { ipcContract, plainFileName } from './ipc-contract'

describe('plainFileName', () => {
  it.each(['青山镇.xlsx', '2026年度考评结果.xlsx', '通报.pdf', 'backup-2026.kpt.json'])(
    'accepts %s',
    (n) => expect(plainFileName.safeParse(n).success).toBe(true),
  )
  it.each([
    '',
    '../evil.xlsx',
    '..',
    'a/b.xlsx',
    'a\\b.xlsx',
    'C:evil',
    'CON',
    'nul.txt',
    'x\u0000.pdf',
    'name.',
    'x'.repeat(201),
  ])('refuses %j', (n) => expect(plainFileName.safeParse(n).success).toBe(false))
})

describe('ipc requests', () => {
  it('refuse extra types and missing fields', () => {
    expect(ipcContract.saveFile.request.safeParse({ suggestedName: 'a.pdf' }).success).toBe(false)
    expect(
      ipcContract.saveFile.request.safeParse({ suggestedName: 'a.pdf', data: 'not bytes' }).success,
    ).toBe(false)
    expect(
      ipcContract.saveFile.request.safeParse({ suggestedName: 'a.pdf', data: new Uint8Array(2) })
        .success,
    ).toBe(true)
    expect(ipcContract.backupRead.request.safeParse({ name: '../../etc/passwd' }).success).toBe(
      false,
    )
    expect(
      ipcContract.readSystemFonts.request.safeParse({ fileNames: ['simfang.ttf'] }).success,
    ).toBe(true)
    expect(ipcContract.readSystemFonts.request.safeParse({ fileNames: ['win.ini'] }).success).toBe(
      false,
    )
    expect(ipcContract.log.request.safeParse({ level: 'fatal', message: 'x' }).success).toBe(false)
  })
  it('gives Chinese messages', () => {
    const r = ipcContract.backupRead.request.safeParse({ name: 'a/b' })
    expect(r.success).toBe(false)
    if (!r.success) expect(r.error.issues[0]?.message).toBe('文件名含有不允许的字符')
  })
})
