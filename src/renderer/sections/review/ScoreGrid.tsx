import { Alert, List, Text } from '@mantine/core'
import { Fragment, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Points } from '../../../domain'
import { needsReason, parseCellInput } from './cell-input'
import { moveForKey, moveFrom, type CellPos } from './grid-navigation'
import { describePaste, pasteColumnValues, planPaste, type RefusedCell } from './paste-column'
import { refusal } from './refusal'
import { ScoreLine, type CommitOutcome, type LineHandlers } from './ScoreLine'
import type { ItemLine } from './scoring-model'
import './scoring.css'

export interface CellSave {
  itemCode: string
  score: Points | null
  reason: string
}

interface Props {
  lines: readonly ItemLine[]
  reviewerNames: readonly string[]
  column: number
  locked: boolean
  lockMessage: string
  /** Saves the cells as one write; resolves to a Chinese message when the store refused. */
  onSave: (cells: CellSave[]) => Promise<string | null>
  /** Keeps an item's score a later self-assessment overtook; a Chinese message when refused. */
  onConfirm: (itemCode: string) => Promise<string | null>
}

const LOCKED_KEYS = new Set(['Backspace', 'Delete'])

const NEEDS_REASON = '评分与自评不同，请填写理由（理由填好后一并保存）'

/** What a paste did, shown in the grid right under the last row it reached. */
interface PasteReport {
  summary: string
  refused: RefusedCell[]
  /** The last row the paste reached: the report sits beneath it, beside the cells it is about. */
  row: number
}

/**
 * The keyboard-first score grid of one unit for one reviewer. A score that differs from the
 * self score is held as a draft (orange) until its reason is given, so nothing without a reason
 * reaches the store; everything else is saved the moment the cell is left.
 */
export function ScoreGrid(props: Props) {
  const { lines, reviewerNames, column, locked, lockMessage, onSave, onConfirm } = props
  const [pending, setPending] = useState<ReadonlyMap<string, Points>>(new Map())
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map())
  const [report, setReport] = useState<PasteReport | null>(null)
  const reportRow = useRef<HTMLTableRowElement>(null)
  const cells = useRef(new Map<string, HTMLInputElement>())
  const inFlight = useRef(new Map<string, string>())
  // The handlers read the latest state through a ref, so they stay the same objects and the
  // memoised rows do not re-render on every keystroke elsewhere.
  const live = useRef({ lines, column, pending, locked, lockMessage, onSave, onConfirm })
  live.current = { lines, column, pending, locked, lockMessage, onSave, onConfirm }

  // Every message a cell shows goes through `refusal`, so all read `1.2：…`.
  const setError = useCallback((code: string, message: string | null) => {
    setErrors((prev) => {
      if (message === null && !prev.has(code)) return prev
      const next = new Map(prev)
      if (message === null) next.delete(code)
      else next.set(code, refusal(code, message))
      return next
    })
  }, [])

  const setDraft = useCallback((code: string, score: Points | null) => {
    setPending((prev) => {
      if (score === null && !prev.has(code)) return prev
      const next = new Map(prev)
      if (score === null) next.delete(code)
      else next.set(code, score)
      return next
    })
  }, [])

  const save = useCallback(
    (batch: CellSave[]) => {
      const fresh = batch.filter((c) => {
        const key = `${c.score}|${c.reason}`
        if (inFlight.current.get(c.itemCode) === key) return false
        inFlight.current.set(c.itemCode, key)
        return true
      })
      if (fresh.length === 0) return
      void live.current.onSave(fresh).then((problem) => {
        for (const c of fresh) inFlight.current.delete(c.itemCode)
        for (const c of fresh) setError(c.itemCode, problem)
      })
    },
    [setError],
  )

  const handlers = useMemo<LineHandlers>(() => {
    const focus = (pos: CellPos) => {
      const el = cells.current.get(`${pos.row}:${pos.col}`)
      el?.focus()
      el?.select()
    }
    const commitScore = (row: number, text: string): CommitOutcome => {
      const { lines, column, pending, locked } = live.current
      const line = lines[row]
      if (!line || locked) return 'ok'
      const parsed = parseCellInput(text, line)
      if (!parsed.ok) {
        setError(line.code, parsed.message)
        return 'invalid'
      }
      const stored = line.scores[column] ?? null
      const reason = line.reasons[column] ?? ''
      const draft = pending.get(line.code)
      if (parsed.score === (draft ?? stored)) return draft !== undefined ? 'needs-reason' : 'ok'
      if (needsReason(parsed.score, line.self, reason)) {
        setDraft(line.code, parsed.score)
        setError(line.code, NEEDS_REASON)
        return 'needs-reason'
      }
      setDraft(line.code, null)
      setError(line.code, null)
      save([{ itemCode: line.code, score: parsed.score, reason }])
      return 'ok'
    }
    const commitReason = (row: number, text: string): CommitOutcome => {
      const { lines, column, pending, locked } = live.current
      const line = lines[row]
      if (!line || locked) return 'ok'
      const draft = pending.get(line.code)
      const score = draft ?? line.scores[column] ?? null
      const reason = text.trim()
      if (draft === undefined && reason === (line.reasons[column] ?? '')) return 'ok'
      if (score === null) {
        setError(line.code, '请先填写得分，再填写理由')
        return 'invalid'
      }
      if (needsReason(score, line.self, reason)) {
        setError(line.code, '评分与自评不同，理由不能为空')
        return 'invalid'
      }
      setDraft(line.code, null)
      setError(line.code, null)
      save([{ itemCode: line.code, score, reason }])
      return 'ok'
    }
    return {
      commitScore,
      commitReason,
      key: (e, row, col, commit) => {
        const { lines, locked, lockMessage } = live.current
        const t = e.currentTarget
        if (locked && (e.key.length === 1 || LOCKED_KEYS.has(e.key))) {
          e.preventDefault()
          setError(lines[row]?.code ?? '', lockMessage)
          return
        }
        const move = moveForKey(e.key, e.shiftKey, {
          start: t.selectionStart ?? 0,
          end: t.selectionEnd ?? 0,
          length: t.value.length,
        })
        if (!move) return
        e.preventDefault()
        const outcome = locked ? 'ok' : commit()
        if (outcome === 'invalid') {
          t.select()
          return
        }
        if (outcome === 'needs-reason') focus({ row, col: 1 })
        else focus(moveFrom({ row, col }, move, lines.length))
      },
      paste: (e, row) => {
        const text = e.clipboardData.getData('text/plain')
        if (!/[\r\n\t]/.test(text.trimEnd())) return
        e.preventDefault()
        const { lines, column, locked, lockMessage } = live.current
        const values = pasteColumnValues(text)
        const last = Math.min(row + values.length, lines.length) - 1
        if (locked) {
          setReport({ summary: lockMessage, refused: [], row })
          return
        }
        const plan = planPaste(values, row, lines)
        const batch: CellSave[] = []
        for (const a of plan.accepted) {
          const line = lines[a.row]!
          const reason = line.reasons[column] ?? ''
          if (needsReason(a.score, line.self, reason)) {
            setDraft(a.code, a.score)
            setError(a.code, NEEDS_REASON)
          } else {
            setDraft(a.code, null)
            batch.push({ itemCode: a.code, score: a.score, reason })
          }
        }
        for (const r of plan.refused) setError(r.code, r.message)
        save(batch)
        setReport({ summary: describePaste(plan), refused: plan.refused, row: last })
      },
      register: (row, col, el) => {
        if (el) cells.current.set(`${row}:${col}`, el)
        else cells.current.delete(`${row}:${col}`)
      },
      confirm: (row) => {
        const line = live.current.lines[row]
        if (!line || live.current.locked) return
        void live.current.onConfirm(line.code).then((problem) => setError(line.code, problem))
      },
      clearError: (row) => {
        const line = live.current.lines[row]
        if (line && !live.current.pending.has(line.code)) setError(line.code, null)
      },
    }
  }, [save, setDraft, setError])

  // A long column pasted from the top can end below the window: bring the report into view.
  useEffect(() => {
    if (report) reportRow.current?.scrollIntoView({ block: 'nearest' })
  }, [report])

  const others = reviewerNames.filter((_, i) => i !== column)
  const columns = 8 + others.length
  return (
    <>
      <table className="kp-grid kp-fixed" data-testid="score-grid">
        <thead>
          <tr>
            <th style={{ width: 44 }}>编号</th>
            <th>考评内容 / 评分标准</th>
            <th style={{ width: 52 }}>满分</th>
            <th style={{ width: 52 }}>自评</th>
            <th style={{ width: 200 }}>自评说明 / 佐证材料</th>
            {others.map((n) => (
              <th key={n} style={{ width: 60 }} title={n}>
                {n}
              </th>
            ))}
            <th style={{ width: 64 }}>汇总</th>
            <th style={{ width: 84 }} title={`${reviewerNames[column] ?? ''} 得分`}>
              本人得分
            </th>
            <th style={{ width: 200 }}>理由</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, row) => (
            <Fragment key={line.code}>
              {row === 0 || lines[row - 1]?.categoryIndex !== line.categoryIndex ? (
                <tr className="kp-cat">
                  <td colSpan={columns}>{line.category}</td>
                </tr>
              ) : null}
              <ScoreLine
                line={line}
                row={row}
                column={column}
                pending={pending.get(line.code)}
                error={errors.get(line.code)}
                locked={locked}
                handlers={handlers}
              />
              {report && report.row === row ? (
                <tr className="kp-report" ref={reportRow}>
                  <td colSpan={columns}>
                    <PasteReportView report={report} onClose={() => setReport(null)} />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </tbody>
      </table>
    </>
  )
}

function PasteReportView({ report, onClose }: { report: PasteReport; onClose: () => void }) {
  return (
    <Alert
      color={report.refused.length > 0 ? 'orange' : 'teal'}
      title={report.summary}
      withCloseButton
      closeButtonLabel="关闭粘贴报告"
      onClose={onClose}
      py={6}
      data-testid="paste-report"
    >
      {report.refused.length > 0 ? (
        <List size="sm">
          {report.refused.map((r) => (
            <List.Item key={r.row}>{r.message}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">粘贴的分数均已保存（与自评不同的须补填理由）。</Text>
      )}
    </Alert>
  )
}
