import { ASSESSMENT_KIND } from '../../domain'
import type { FontSet } from '../fonts/font-set'
import type { HelpTopic } from '../../help'
import { txt } from '../layout/text'
import {
  guideFrame,
  guideHeading,
  guidePara,
  guideTitle,
  hanging,
  keepHeadings,
  labelled,
} from './guide-frame'

const NUMERALS = '一二三四五六七八九十'

/**
 * 使用说明: the app's help printed for the office, one chapter per step of the cycle with the
 * same text as the help panel — what the step is for, what to do, the articles applied, and
 * the common problems as a table (提示 · 处理 · 告诉单位) whose header repeats on every page.
 */
export function manualDefinition(
  fonts: FontSet,
  topics: readonly HelpTopic[],
  o: { county: string; printed: string },
) {
  const title = '考评通使用说明'
  const content: unknown[] = [
    guideTitle(fonts, title, 20),
    guidePara(fonts, `${o.county}${ASSESSMENT_KIND} · ${o.printed}印制`, {
      alignment: 'center',
      fontSize: 9,
      margin: [0, 0, 0, 8],
    }),
    guidePara(
      fonts,
      '本说明与程序中的“帮助”（各页右上角，或按 F1）和“使用说明”页是同一份内容。按考评的先后顺序，每一步写明：做什么、怎样做、依据细则哪一条、常见问题怎样处理。',
    ),
  ]
  topics.forEach((t, i) => {
    content.push(guideHeading(fonts, `${NUMERALS[i] ?? i + 1}、${t.title}`, 14, 12))
    content.push(guidePara(fonts, t.purpose))
    if (t.steps.length > 0) {
      content.push(guideHeading(fonts, '怎样做', 11, 4))
      t.steps.forEach((s, k) => content.push(hanging(fonts, `${k + 1}.`, s)))
    }
    if (t.articles.length > 0) {
      content.push(guideHeading(fonts, '依据', 11, 4))
      for (const a of t.articles) content.push(labelled(fonts, a.ref, a.text))
    }
    if (t.problems.length > 0) {
      content.push(guideHeading(fonts, '常见问题', 11, 4))
      content.push(problemTable(fonts, t))
    }
  })
  return { ...guideFrame(fonts, title), pageBreakBefore: keepHeadings, content }
}

function problemTable(fonts: FontSet, t: HelpTopic) {
  const small = { fontSize: 9, lineHeight: 1.3 }
  const withTell = t.problems.some((p) => p.tellUnit)
  const head = ['提示或现象', '处理', ...(withTell ? ['告诉单位'] : [])].map((h) =>
    txt(fonts, h, 'hei', small),
  )
  const rows = t.problems.map((p) => [
    txt(fonts, p.symptom, 'hei', small),
    txt(fonts, p.fix, 'body', small),
    ...(withTell ? [txt(fonts, p.tellUnit ?? '—', 'body', small)] : []),
  ])
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: withTell ? ['32%', '38%', '30%'] : ['38%', '62%'],
      body: [head, ...rows],
    },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => '#666666',
      vLineColor: () => '#666666',
      paddingLeft: () => 3,
      paddingRight: () => 3,
      paddingTop: () => 2,
      paddingBottom: () => 2,
      fillColor: (row: number) => (row === 0 ? '#EEEEEE' : null),
    },
    margin: [0, 2, 0, 4],
  }
}
