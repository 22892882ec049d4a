import { strFromU8, strToU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { zipFiles } from './zip-files'

describe('zipFiles', () => {
  it('puts every file in the archive under its own name with its own bytes', () => {
    const files = Array.from({ length: 46 }, (_, i) => ({
      name: `2026年度考评自查表_单位${String(i + 1).padStart(2, '0')}.xlsx`,
      data: strToU8(`第 ${i + 1} 份`),
    }))
    const back = unzipSync(zipFiles(files))
    expect(Object.keys(back)).toEqual(files.map((f) => f.name))
    for (const f of files) expect(strFromU8(back[f.name]!)).toBe(strFromU8(f.data))
  })

  it('refuses two files with one name instead of dropping one', () => {
    const f = { name: '通报.pdf', data: new Uint8Array([1]) }
    expect(() => zipFiles([f, f])).toThrow('文件名“通报.pdf”重复，无法打包')
  })
})
