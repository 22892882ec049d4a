import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sampleCommand } from './sample'
import { validateCommand } from './validate'
import { rankCommand } from './rank'
import { CliError } from '../command'
import { createSampleYear, serializeYearPackage } from '../../domain'

let dir: string
let logs: string[]
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kpt-cli-'))
  logs = []
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void logs.push(a.join(' ')))
})
afterEach(async () => {
  vi.restoreAllMocks()
  await rm(dir, { recursive: true, force: true })
})

async function samplePath() {
  const path = join(dir, '样例.json')
  expect(await sampleCommand.run([path])).toBe(0)
  return path
}

describe('sample, validate, rank', () => {
  it('sample writes a package that validate accepts', async () => {
    const path = await samplePath()
    expect(logs[0]).toContain('已写入样例年度数据包')
    expect(await validateCommand.run([path])).toBe(0)
    expect(logs[1]).toContain('数据包有效（2026 年度，44 个单位')
  })

  it('rank --json prints the issue shape, units in rank order, totals as strings', async () => {
    const path = await samplePath()
    logs = []
    expect(await rankCommand.run([path, '--json'])).toBe(0)
    const out = JSON.parse(logs.join('\n')) as {
      sequences: { sequence: string; units: Record<string, unknown>[] }[]
    }
    expect(out.sequences.map((s) => s.sequence)).toEqual(['township', 'department'])
    const township = out.sequences[0]!.units
    expect(Object.keys(township[0]!)).toEqual([
      'unitId',
      'name',
      'total',
      'rank',
      'tied',
      'advanced',
      'interview',
      'interviewReasons',
      'vetoed',
      'ledgerActions',
      'explanation',
    ])
    expect(township.map((u) => u.rank)).toEqual(
      [...township.map((u) => u.rank as number)].sort((a, b) => a - b),
    )
    for (const u of township) expect(u.total).toMatch(/^\d+\.\d\d$/)
    expect(township.filter((u) => u.interview).map((u) => u.name)).toHaveLength(3)
    for (const u of township) expect(u.interviewReasons).toEqual(u.interview ? ['排名后三位'] : [])
    expect(township.find((u) => u.name === '龙潭镇')).toMatchObject({
      vetoed: true,
      advanced: false,
    })
    expect(township.find((u) => u.name === '河口镇')!.ledgerActions).toEqual(['warningLetter'])
  })

  it('rank prints a readable table with ties and outcomes', async () => {
    const path = await samplePath()
    logs = []
    expect(await rankCommand.run([path])).toBe(0)
    const text = logs.join('\n')
    expect(text).toContain('【乡镇（街道）和园区】14 个单位，先进名额 4 个')
    expect(text).toMatch(/4（并列）\s+白水镇/)
    expect(text).toContain('一票否决')
  })

  it('refuses a damaged package, a missing file and a missing argument in Chinese', async () => {
    const path = await samplePath()
    const text = await readFile(path, 'utf8')
    await writeFile(path, text.replace('"青山镇"', '"青山乡"'), 'utf8')
    await expect(rankCommand.run([path])).rejects.toThrow(/校验值不符/)
    await expect(validateCommand.run([join(dir, 'none.json')])).rejects.toThrow('找不到文件')
    await expect(rankCommand.run([])).rejects.toBeInstanceOf(CliError)
    await expect(rankCommand.run([path, '--csv'])).rejects.toThrow('未知选项：--csv')
  })

  it('validate exits non-zero on a consistent checksum but inconsistent data, listing each problem', async () => {
    const pkg = createSampleYear()
    const differing = pkg.scores.find((s) => s.reason !== '')!
    differing.reason = ''
    const path = join(dir, '缺理由.json')
    await writeFile(path, serializeYearPackage(pkg), 'utf8')
    await expect(validateCommand.run([path])).rejects.toThrow(
      /数据包有 1 处问题：\n {2}· 审核评分 第\d+项（.+）：审核得分 .+ 与自评 .+ 不同，须写明理由/,
    )
  })
})
