import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SECTIONS } from '../renderer/navigation/sections'
import { HELP_TOPICS, helpFor } from './help-topics'
import { SELF_ASSESSMENT_PROBLEMS } from './import-problems'

/** Every source file of a folder, as one text. */
function sourceOf(dir: string): string {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .map((p) =>
      statSync(p).isDirectory()
        ? sourceOf(p)
        : p.endsWith('.test.ts')
          ? ''
          : readFileSync(p, 'utf8'),
    )
    .join('\n')
}

describe('help topics', () => {
  it('give every section of the navigation a topic under its own name, in the same order', () => {
    expect(HELP_TOPICS.map((t) => [t.id, t.title])).toEqual(SECTIONS.map((s) => [s.id, s.label]))
  })

  it('name the articles of the rules each step of the cycle applies', () => {
    const refs = (id: string) => helpFor(id)!.articles.map((a) => a.ref)
    expect(refs('criteria')).toEqual(['第八条', '第九条', '第十条', '第九条（三）', '第十一条'])
    expect(refs('submissions')).toEqual(['第十五条（一）', '第十三条', '第九条（三）'])
    expect(refs('review')).toEqual(['第十五条（二）', '第七条'])
    expect(refs('recheck')).toEqual([
      '第十五条（三）',
      '第十四条',
      '排查整改办法 第二十一条',
      '排查整改办法 第二十二条',
    ])
    expect(refs('ranking')).toEqual([
      '第十六条',
      '第十七条',
      '第十八条',
      '第九条（三）',
      '第二十条',
    ])
  })

  it('explain only import messages the app still prints, each with a fix', () => {
    const code = sourceOf(join(__dirname, '../excel')) + sourceOf(join(__dirname, '../domain'))
    for (const p of SELF_ASSESSMENT_PROBLEMS) {
      expect(code.includes(p.source), `源码中找不到“${p.source}”`).toBe(true)
      expect(p.symptom, p.source).toContain(p.source)
      expect(p.fix.length, p.source).toBeGreaterThan(8)
    }
  })

  it('cover the refusals a township meets most, with what to tell it', () => {
    const told = (source: string) =>
      SELF_ASSESSMENT_PROBLEMS.find((p) => p.source === source)?.tellUnit
    expect(told('超过满分')).toBe('自评得分不能超过该项满分（见“满分”一列），请改正后重新报送。')
    expect(told('不是考评通下发的自查表模板')).toContain('请使用县里下发的自查表模板')
    expect(told('缺少指标')).toContain('不要删除模板中的任何行')
    expect(told('请重新下发模板')).toContain('新下发的模板')
  })
})
