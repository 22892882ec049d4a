import {
  computeResults,
  consequencesOf,
  formatPoints,
  type SequenceResult,
  type YearPackage,
} from '../../domain'
import { CliError, type CliCommand } from '../command'
import { loadYearPackage } from '../load-package'

/** The `--json` shape of the issue: units in rank order, totals as two-decimal strings. */
export function rankJson(pkg: YearPackage) {
  return {
    sequences: computeResults(pkg).sequences.map((s) => ({
      sequence: s.sequence,
      units: s.units.map((u) => ({
        unitId: u.unitId,
        name: u.name,
        total: formatPoints(u.total),
        rank: u.rank,
        tied: u.tied,
        advanced: u.advanced,
        interview: u.interview,
        /** On the 约谈名单 for any reason (the last three or the ledger), and why. */
        interviewReasons: consequencesOf(u).grounds.map((g) => g.reason),
        vetoed: u.vetoed,
        ledgerActions: u.ledgerActions,
        explanation: u.explanation,
      })),
    })),
  }
}

const LEDGER_SHORT: Record<string, string> = {
  warningLetter: '警示函',
  interviewDeputy: '约谈分管',
  interviewPrincipal: '约谈主要',
}

/** A table for the terminal, one per sequence, with the findings under it. */
export function rankTable(pkg: YearPackage): string {
  const out: string[] = [`${pkg.title}（${pkg.year} 年度）`]
  for (const s of computeResults(pkg).sequences) out.push('', ...sequenceTable(s))
  return out.join('\n')
}

function sequenceTable(s: SequenceResult): string[] {
  const header = ['名次', '单位', '总分', '自评', '结果', '问题台账']
  const rows = s.units.map((u) => [
    `${u.rank}${u.tied ? '（并列）' : ''}`,
    u.name,
    formatPoints(u.total),
    u.selfTotal === null ? '—' : formatPoints(u.selfTotal),
    [
      u.advanced && '先进单位',
      consequencesOf(u).interviewed && '约谈',
      u.conflict && '待定（先进与约谈重叠）',
      u.vetoed && '一票否决',
      u.accountability && '问责',
    ]
      .filter(Boolean)
      .join('、'),
    u.ledgerActions.map((a) => LEDGER_SHORT[a] ?? a).join('、'),
  ])
  const widths = header.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c]!))))
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => pad(cell, widths[c]!))
      .join('  ')
      .trimEnd()
  const lines = [
    `【${s.label}】${s.units.length} 个单位，先进名额 ${s.advancedCount} 个`,
    line(header),
  ]
  lines.push(...rows.map(line))
  for (const f of s.findings) lines.push(`  提示：${f}`)
  return lines
}

/** Terminal columns: CJK and full-width characters take two. */
function width(text: string): number {
  let w = 0
  for (const ch of text)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch,
      ) || ch.codePointAt(0)! > 0xffff
        ? 2
        : 1
  return w
}
const pad = (text: string, w: number) => text + ' '.repeat(Math.max(0, w - width(text)))

export const rankCommand: CliCommand = {
  name: 'rank',
  usage: 'rank <package.json> [--json]',
  summary: '计算并列出两个序列的排名、先进单位、约谈名单和说明',
  async run(args) {
    const json = args.includes('--json')
    const unknown = args.filter((a) => a.startsWith('-') && a !== '--json')
    if (unknown.length > 0) throw new CliError(`未知选项：${unknown.join(' ')}（可用：--json）`)
    const pkg = await loadYearPackage(args.find((a) => !a.startsWith('-')))
    console.log(json ? JSON.stringify(rankJson(pkg), null, 2) : rankTable(pkg))
    return 0
  },
}
