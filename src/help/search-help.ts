import type { HelpTopic } from './help-types'

/**
 * The 使用说明 page's search: the steps, articles and problems that hold every word typed
 * (separated by spaces), under their topics. When the topic's title and purpose hold them all,
 * the whole topic is kept: the question is then about the step itself. Case and full-width
 * forms are ignored, so “ＰＤＦ” finds “PDF” and “３０” finds “30”.
 */
export function searchHelp(topics: readonly HelpTopic[], query: string): HelpTopic[] {
  const words = fold(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...topics]
  const holds = (...texts: (string | undefined)[]) => {
    const text = fold(texts.filter(Boolean).join('\n'))
    return words.every((w) => text.includes(w))
  }
  const out: HelpTopic[] = []
  for (const t of topics) {
    if (holds(t.title, t.purpose)) {
      out.push(t)
      continue
    }
    const found = {
      ...t,
      steps: t.steps.filter((s) => holds(s)),
      articles: t.articles.filter((a) => holds(a.ref, a.text)),
      problems: t.problems.filter((p) => holds(p.symptom, p.fix, p.tellUnit)),
    }
    if (found.steps.length + found.articles.length + found.problems.length > 0) out.push(found)
  }
  return out
}

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}
