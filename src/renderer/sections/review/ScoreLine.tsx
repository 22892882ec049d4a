import {
  memo,
  useEffect,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react'
import type { Points } from '../../../domain'
import { cellText, figure } from './cell-format'
import type { ItemLine, SelfMark } from './scoring-model'

export type CommitOutcome = 'ok' | 'invalid' | 'needs-reason'

/** Stable callbacks from the grid, so a row re-renders only when its own figures change. */
export interface LineHandlers {
  commitScore: (row: number, text: string) => CommitOutcome
  commitReason: (row: number, text: string) => CommitOutcome
  key: (
    e: KeyboardEvent<HTMLInputElement>,
    row: number,
    col: 0 | 1,
    outcome: () => CommitOutcome,
  ) => void
  paste: (e: ClipboardEvent<HTMLInputElement>, row: number) => void
  register: (row: number, col: 0 | 1, el: HTMLInputElement | null) => void
  clearError: (row: number) => void
  /** Keeps the score a later self-assessment version overtook (the row's mark goes). */
  confirm: (row: number) => void
}

interface Props {
  line: ItemLine
  row: number
  column: number
  pending: Points | undefined
  error: string | undefined
  locked: boolean
  handlers: LineHandlers
}

/**
 * Each cell's input sits in a form of its own. Chromium's form filling reads every field of the
 * focused field's form on each focus, and fields without a form all count as one: with the grid's
 * 120 inputs that made every move between cells cost about 5 ms of the 16 ms frame. Enter never
 * submits: the grid handles it on keydown, and a submit is refused here besides.
 */
function CellForm({ children }: { children: ReactNode }) {
  return <form onSubmit={(e) => e.preventDefault()}>{children}</form>
}

function ScoreLineView({ line, row, column, pending, error, locked, handlers }: Props) {
  const stored = line.scores[column] ?? null
  const storedReason = line.reasons[column] ?? ''
  const shownScore = cellText(pending !== undefined ? pending : stored)
  const [score, setScore] = useState(shownScore)
  const [reason, setReason] = useState(storedReason)
  useEffect(() => setScore(shownScore), [shownScore])
  useEffect(() => setReason(storedReason), [storedReason])

  const mine = pending !== undefined ? pending : stored
  const differs = mine !== null && line.self !== null && mine !== line.self
  const scoreClass = pending !== undefined ? 'kp-pending' : differs ? 'kp-diff' : undefined

  const mark = line.marks[column] ?? null

  const onKey = (e: KeyboardEvent<HTMLInputElement>, col: 0 | 1) => {
    // Ctrl+Enter keeps a marked score without leaving the keyboard; the button does the same.
    if (e.key === 'Enter' && e.ctrlKey && mark && !locked && pending === undefined) {
      e.preventDefault()
      handlers.confirm(row)
      return
    }
    if (e.key === 'Escape') {
      e.preventDefault()
      if (col === 0) setScore(cellText(stored))
      else setReason(storedReason)
      handlers.clearError(row)
      e.currentTarget.select()
      return
    }
    handlers.key(e, row, col, () =>
      col === 0 ? handlers.commitScore(row, score) : handlers.commitReason(row, reason),
    )
  }

  return (
    <tr data-item={line.code} className={mark ? 'kp-marked' : undefined}>
      <td className="kp-num">{line.code}</td>
      <td>
        <div>{line.title}</div>
        {line.standard ? <div className="kp-std">{line.standard}</div> : null}
      </td>
      <td className="kp-num">{figure(line.max)}</td>
      <td className="kp-num" data-testid="self-score">
        {figure(line.self)}
      </td>
      <td className="kp-self-text">
        {line.explanation}
        {line.evidence.length > 0 ? (
          <div className="kp-std">佐证：{line.evidence.join('；')}</div>
        ) : null}
      </td>
      {line.scores.map((s, i) =>
        i === column ? null : (
          <td key={i} className="kp-num">
            {figure(s)}
          </td>
        ),
      )}
      <td
        className={line.disagree ? 'kp-num kp-disagree' : 'kp-num'}
        title={line.disagree ? `评分人分差 ${figure(line.spread)}` : undefined}
      >
        {figure(line.aggregate)}
        {line.disagree ? ' ⚑' : ''}
      </td>
      <td className={scoreClass}>
        <CellForm>
          <input
            className="kp-score"
            aria-label={`${line.code} 得分`}
            inputMode="decimal"
            value={score}
            readOnly={locked}
            ref={(el) => handlers.register(row, 0, el)}
            onChange={(e) => setScore(e.currentTarget.value)}
            onFocus={(e) => e.currentTarget.select()}
            onKeyDown={(e) => onKey(e, 0)}
            onPaste={(e) => handlers.paste(e, row)}
            onBlur={() => {
              if (!locked && handlers.commitScore(row, score) === 'invalid')
                setScore(cellText(mine))
            }}
          />
        </CellForm>
      </td>
      <td>
        {mark ? (
          <SelfChangeNote
            code={line.code}
            mark={mark}
            canConfirm={!locked && pending === undefined}
            onConfirm={() => handlers.confirm(row)}
          />
        ) : null}
        <CellForm>
          <input
            aria-label={`${line.code} 理由`}
            value={reason}
            readOnly={locked}
            placeholder={differs ? '与自评不同，须填写理由' : ''}
            ref={(el) => handlers.register(row, 1, el)}
            onChange={(e) => setReason(e.currentTarget.value)}
            onKeyDown={(e) => onKey(e, 1)}
            onBlur={() => {
              if (!locked && reason !== storedReason) handlers.commitReason(row, reason)
            }}
          />
        </CellForm>
        {error ? (
          <div className="kp-error" role="alert">
            {error}
          </div>
        ) : null}
      </td>
    </tr>
  )
}

/**
 * A later self-assessment version changed this item's self score after the reviewer scored it:
 * the reviewer either keeps the score here or types a new one (which clears the mark too).
 */
function SelfChangeNote(props: {
  code: string
  mark: SelfMark
  canConfirm: boolean
  onConfirm: () => void
}) {
  const { code, mark, canConfirm, onConfirm } = props
  return (
    <div className="kp-self-changed" role="status" data-testid="self-changed">
      自评已更新（第 {mark.version} 版）：原 {selfText(mark.from)} → 新 {selfText(mark.to)}，请确认
      {canConfirm ? (
        <button
          type="button"
          className="kp-confirm"
          aria-label={`${code} 确认维持评分`}
          title="维持本人得分（Ctrl+Enter）；改分也会清除此提示"
          onClick={onConfirm}
        >
          维持评分
        </button>
      ) : null}
    </div>
  )
}

const selfText = (p: Points | null) => (p === null ? '空' : figure(p))

// Marks are fresh objects on every re-read: compared by what they say.
const markKey = (m: SelfMark | null) => (m ? `${m.from}|${m.to}|${m.version}` : '')

const sameList = <T,>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((v, i) => v === b[i])

/**
 * A Dexie re-read builds new line objects for every row; comparing the figures instead of the
 * objects keeps a commit to re-rendering the one row that changed (the 16 ms budget).
 */
function sameRow(a: Props, b: Props): boolean {
  return (
    a.row === b.row &&
    a.column === b.column &&
    a.pending === b.pending &&
    a.error === b.error &&
    a.locked === b.locked &&
    a.handlers === b.handlers &&
    (a.line === b.line ||
      (a.line.code === b.line.code &&
        a.line.self === b.line.self &&
        a.line.aggregate === b.line.aggregate &&
        a.line.disagree === b.line.disagree &&
        a.line.explanation === b.line.explanation &&
        sameList(a.line.scores, b.line.scores) &&
        sameList(a.line.reasons, b.line.reasons) &&
        sameList(a.line.marks.map(markKey), b.line.marks.map(markKey))))
  )
}

export const ScoreLine = memo(ScoreLineView, sameRow)
