import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  checkYearPackage,
  createSampleYear,
  serializeYearPackage,
  yearPackageChecksum,
  type YearPackage,
} from '../../domain'
import { CliError, type CliCommand } from '../command'
import { validateCommand } from './validate'
import { rankCommand } from './rank'
import { documentsCommand } from './documents'
import { exportResultsCommand } from './export-results'
import { templatesCommand } from './templates'
import { importCommand } from './import'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kpt-gate-'))
  vi.spyOn(console, 'log').mockImplementation(() => {})
})
afterEach(async () => {
  vi.restoreAllMocks()
  await rm(dir, { recursive: true, force: true })
})

/** Every command that reads a package, with the arguments that would make it write. */
const COMMANDS: [CliCommand, (pkg: string) => string[]][] = [
  [rankCommand, (p) => [p, '--json']],
  [documentsCommand, (p) => [p, join(dir, '公文')]],
  [exportResultsCommand, (p) => [p, join(dir, '结果.xlsx')]],
  [templatesCommand, (p) => [p, join(dir, '模板')]],
  [importCommand, (p) => [p, join(dir, '青山镇.xlsx')]],
]

/** A package file whose body is given as is (not through the schema), with its checksum. */
async function rawFile(body: Record<string, unknown>, checksum?: string): Promise<string> {
  const path = join(dir, '年度.json')
  const value = checksum ?? yearPackageChecksum(body)
  await writeFile(path, JSON.stringify({ ...body, checksum: { algorithm: 'SHA-256', value } }))
  return path
}
async function file(pkg: YearPackage): Promise<string> {
  const path = join(dir, '年度.json')
  await writeFile(path, serializeYearPackage(pkg))
  return path
}

async function refusal(cmd: CliCommand, args: string[]): Promise<string> {
  const err = await cmd.run(args).then(
    () => null,
    (e: unknown) => e,
  )
  expect(err, `${cmd.name} should refuse`).toBeInstanceOf(CliError)
  return (err as CliError).message
}

/** validate and every other command refuse the file with the same problem; nothing is written. */
async function expectAllRefuse(path: string, problem: string) {
  const validate = await refusal(validateCommand, [path])
  expect(validate).toContain(problem)
  for (const [cmd, args] of COMMANDS) {
    const message = await refusal(cmd, args(path))
    expect(message, cmd.name).toContain(problem)
    expect(message.split('\n')[0], cmd.name).toBe(validate.split('\n')[0])
  }
  expect(await readdir(dir)).toEqual(['年度.json'])
}

const sampleScore = (pkg: YearPackage) => pkg.scores[0]!

describe('every command refuses what validate refuses', () => {
  it('a 90 on a 3-point item', async () => {
    const pkg = createSampleYear()
    const s = pkg.scores.find((x) => x.itemCode === '1.3' && x.unitId === pkg.units[0]!.id)!
    s.score = 9000
    s.reason = '笔误'
    await expectAllRefuse(await file(pkg), '得分 90.00 超过满分 3.00')
  })

  it('two units with one id', async () => {
    const pkg = createSampleYear()
    pkg.units.push({ ...pkg.units[0]!, name: '重复编号镇' })
    await expectAllRefuse(await file(pkg), `单位编号 ${pkg.units[0]!.id} 重复`)
  })

  it('a score from an unknown reviewer', async () => {
    const pkg = createSampleYear()
    pkg.scores.push({ ...sampleScore(pkg), reviewerId: 'r-nobody' })
    await expectAllRefuse(await file(pkg), '评分人 r-nobody 不在评分人名单中')
  })

  it('the same score twice', async () => {
    const pkg = createSampleYear()
    pkg.scores.push({ ...sampleScore(pkg) })
    await expectAllRefuse(await file(pkg), '同一评分人对同一指标重复评分')
  })

  it('a score for a unit that is not on the roster', async () => {
    const pkg = createSampleYear()
    pkg.scores.push({ ...sampleScore(pkg), unitId: 'u-nobody' })
    await expectAllRefuse(await file(pkg), '单位编号 u-nobody 不在名册中')
  })

  it('a score for an item that is not in the criteria', async () => {
    const pkg = createSampleYear()
    pkg.scores.push({ ...sampleScore(pkg), itemCode: '9.9' })
    await expectAllRefuse(await file(pkg), '· 9.9）：指标编号不在本序列细则中')
  })

  it('an adjustment that takes a total above 100', async () => {
    const pkg = createSampleYear()
    const top = pkg.units.find((u) => u.name === '县国有资产服务中心')!
    pkg.adjustments.push({
      ...pkg.adjustments[0]!,
      id: 'adj-over',
      unitId: top.id,
      itemCode: null,
      delta: 500,
    })
    await expectAllRefuse(await file(pkg), '县国有资产服务中心复核调整后总分为 102.65 分')
  })

  it('a package nested 5,000 levels deep, in Chinese, not a RangeError', async () => {
    // Written as text: JSON.stringify itself cannot nest this deep.
    const pkg = JSON.parse(serializeYearPackage(createSampleYear())) as Record<string, unknown>
    ;(pkg.history as Record<string, unknown>[])[0]!.oldValue = 'DEEP'
    const text = JSON.stringify(pkg).replace('"DEEP"', `${'['.repeat(5000)}0${']'.repeat(5000)}`)
    const path = join(dir, '年度.json')
    await writeFile(path, text)
    await expectAllRefuse(path, '文件的嵌套层数超过 64 层')
  })

  it('amounts outside the exact range of the arithmetic', async () => {
    const pkg = JSON.parse(serializeYearPackage(createSampleYear())) as Record<string, unknown>
    delete pkg.checksum
    const scores = pkg.scores as Record<string, unknown>[]
    scores[0]!.score = 1e20
    await expectAllRefuse(await rawFile(pkg), '审核得分：不能超过 100 分（数据包中记为 10000）')
    const adjustments = pkg.adjustments as Record<string, unknown>[]
    scores[0]!.score = 100
    adjustments[0]!.delta = -(2 ** 53)
    await expectAllRefuse(await rawFile(pkg), '调整分值：应在 -100 至 100 分之间')
  })
})

describe('validate counts', () => {
  it('gives the true number of problems first and how many it left unprinted last', async () => {
    const pkg = createSampleYear()
    for (let i = 0; i < 70; i++) pkg.scores.push({ ...sampleScore(pkg), reviewerId: `rx${i}` })
    const n = checkYearPackage(pkg).length
    expect(n).toBe(70)
    const lines = (await refusal(validateCommand, [await file(pkg)])).split('\n')
    expect(lines[0]).toBe(`${join(dir, '年度.json')}：数据包有 70 处问题：`)
    expect(lines.filter((l) => l.startsWith('  · '))).toHaveLength(50)
    expect(lines.at(-1)).toBe('  ……另有 20 处问题')
  })
})

/**
 * The sample year with what format version 2 added: 青山镇-like first unit sends a second
 * version changing one item's self score after a reviewer scored it (the score is marked), and
 * the township sheet has a draft that does not add up to 100 yet.
 */
function withUserWork(): { pkg: YearPackage; markAt: number } {
  const pkg = createSampleYear()
  const markAt = pkg.scores.findIndex((s) => pkg.submissions.some((x) => x.unitId === s.unitId))
  const score = pkg.scores[markAt]!
  const latest = pkg.submissions
    .filter((x) => x.unitId === score.unitId)
    .sort((a, b) => b.version - a.version)[0]!
  const from = latest.items.find((i) => i.code === score.itemCode)!.score
  const to = [0, 100].find((v) => v !== score.score && v !== from)!
  pkg.submissions.push({
    ...latest,
    version: latest.version + 1,
    items: latest.items.map((i) => (i.code === score.itemCode ? { ...i, score: to } : i)),
  })
  score.reason = '与佐证材料核对'
  score.selfChanged = { from, to, version: latest.version + 1, at: '2026-11-30T08:00:00.000Z' }
  const draft = structuredClone(pkg.criteria.township)
  draft.categories[0]!.items[0]!.max += 100
  pkg.criteriaDrafts = [{ sheet: draft, savedAt: '2026-11-30T09:00:00.000Z', savedBy: '王敏' }]
  return { pkg, markAt }
}

describe('validate and the marks and drafts of format version 2', () => {
  it('accepts a 自评已更新 mark and a draft that does not add up to 100 yet', async () => {
    const { pkg } = withUserWork()
    expect(checkYearPackage(pkg)).toEqual([])
    expect(await validateCommand.run([await file(pkg)])).toBe(0)
    expect(String(vi.mocked(console.log).mock.calls[0]![0])).toContain(
      '（自评已更新待确认 1 条），考评细则草稿 1 份',
    )
  })

  it('accepts a version 1 package, which has neither', async () => {
    const body = JSON.parse(serializeYearPackage(createSampleYear())) as Record<string, unknown>
    delete body.checksum
    delete body.criteriaDrafts
    expect(await validateCommand.run([await rawFile({ ...body, formatVersion: 1 })])).toBe(0)
    expect(String(vi.mocked(console.log).mock.calls[0]![0])).toContain(
      '（自评已更新待确认 0 条），考评细则草稿 0 份',
    )
  })

  it('refuses a malformed mark or draft in Chinese, naming where', async () => {
    const { pkg, markAt } = withUserWork()
    const body = JSON.parse(serializeYearPackage(pkg)) as Record<string, unknown>
    delete body.checksum
    const scores = body.scores as { selfChanged: Record<string, unknown> }[]
    scores[markAt]!.selfChanged.version = 1
    await expectAllRefuse(
      await rawFile(body),
      `审核评分 第${markAt + 1}项 · 自评更新标记 · 自查版本：自评更新只能来自第 2 版及以后的自查材料`,
    )
    scores[markAt]!.selfChanged.version = 2
    const drafts = body.criteriaDrafts as {
      sheet: { categories: { items: { max: number }[] }[] }
    }[]
    drafts[0]!.sheet.categories[0]!.items[0]!.max = -100
    await expectAllRefuse(
      await rawFile(body),
      '考评细则草稿 第1项 · 一级指标 第1项 · 考评内容 第1项 · 满分：不能为负数',
    )
  })

  it('refuses a mark of a version the unit never sent, and two drafts of one sequence', async () => {
    const { pkg, markAt } = withUserWork()
    pkg.scores[markAt]!.selfChanged!.version = 7
    await expectAllRefuse(await file(pkg), '自评更新标记所指的第 7 版自查材料不存在')
    const { pkg: twice } = withUserWork()
    twice.criteriaDrafts.push(structuredClone(twice.criteriaDrafts[0]!))
    await expectAllRefuse(
      await file(twice),
      '考评细则草稿 第2项：乡镇（街道）和园区已有一份草稿，每个序列只能有一份',
    )
  })
})
