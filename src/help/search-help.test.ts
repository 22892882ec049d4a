import { describe, expect, it } from 'vitest'
import { HELP_TOPICS } from './help-topics'
import { searchHelp } from './search-help'

describe('searchHelp', () => {
  it('returns every topic whole for an empty query', () => {
    expect(searchHelp(HELP_TOPICS, '  ')).toEqual(HELP_TOPICS)
  })

  it('finds an import message and keeps only the problems that hold it', () => {
    const found = searchHelp(HELP_TOPICS, '超过满分')
    expect(found.map((t) => t.id)).toEqual(['submissions', 'help'])
    expect(found[0]!.steps).toEqual([])
    expect(found[0]!.problems.map((p) => p.symptom)).toEqual(['得分 12.00 超过满分 10.00'])
  })

  it('needs every word in one paragraph, ignoring full-width forms', () => {
    const found = searchHelp(HELP_TOPICS, '约谈  ３０')
    expect(found.map((t) => t.id)).toEqual(['recheck'])
    expect(found[0]!.articles.map((a) => a.ref)).toEqual(['排查整改办法 第二十二条'])
    expect(found[0]!.steps).toEqual([
      '页面上方列出台账累计扣分达到 10、20、30 分的单位：分别对应警示函、约谈分管负责同志、约谈主要负责同志。',
    ])
  })

  it('keeps a whole topic when the word names the step itself', () => {
    const found = searchHelp(HELP_TOPICS, '复核')
    const recheck = found.find((t) => t.id === 'recheck')!
    expect(recheck).toEqual(HELP_TOPICS.find((t) => t.id === 'recheck'))
  })

  it('finds nothing for a word no topic holds', () => {
    expect(searchHelp(HELP_TOPICS, '量子计算')).toEqual([])
  })
})
