import {
  Alert,
  Button,
  Group,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useMemo, useState } from 'react'
import { recordTargetJudgement, type UnitRow } from '../../../db'
import {
  PastRecords,
  computeResults,
  suggestTargetCompletion,
  type TargetJudgement,
} from '../../../domain'
import { useStore } from '../../shared/store-context'
import { useAction } from '../../shared/use-action'
import { formatTime } from '../../shared/labels'
import { useRecheckRankingInput } from './use-recheck-data'

const word = (completed: boolean) => (completed ? '完成' : '未完成')

/**
 * 第二十条 for one unit: the office records whether it completed the county's annual targets
 * this year. The app shows its suggestion (score and veto) and the two years before, but the
 * choice and the reason are the office's; 问责 follows three recorded 未完成 years.
 */
export function TargetJudgementPanel({ unit, locked }: { unit: UnitRow; locked: boolean }) {
  const { db, session } = useStore()
  const { run, busy } = useAction()
  const input = useRecheckRankingInput(db, unit.yearId)
  const view = useMemo(() => {
    if (!input) return null
    const { pkg, packs } = input
    const result = computeResults(pkg, packs)
      .sequences.flatMap((s) => s.units)
      .find((u) => u.unitId === unit.id)
    const past = new PastRecords(pkg.pastOutcomes)
    const years = [pkg.year - 2, pkg.year - 1].map((y) => ({ y, record: past.find(y, unit) }))
    return {
      result,
      years,
      recorded: pkg.targetJudgements.find((j) => j.unitId === unit.id) ?? null,
      suggestion: result ? suggestTargetCompletion(result, pkg.settings.targetLine) : null,
    }
  }, [input, unit])
  return view ? (
    <JudgementForm
      key={`${unit.id}|${view.recorded?.at ?? ''}`}
      unit={unit}
      locked={locked}
      busy={busy}
      recorded={view.recorded}
      suggestion={view.suggestion}
      years={view.years.map(({ y, record }) =>
        record ? `${y} 年${word(record.targetsCompleted)}` : `${y} 年无记录`,
      )}
      accountable={view.result?.accountability ?? false}
      onSave={(completed, reason) =>
        run(
          () =>
            recordTargetJudgement(session, {
              yearId: unit.yearId,
              unitId: unit.id,
              completed,
              reason,
            }),
          (j) => ({ title: `已记录：${unit.name}本年度${word(j.completed)}年度目标任务` }),
        )
      }
    />
  ) : null
}

function JudgementForm(p: {
  unit: UnitRow
  locked: boolean
  busy: boolean
  recorded: TargetJudgement | null
  suggestion: { completed: boolean; why: string } | null
  years: string[]
  accountable: boolean
  onSave: (completed: boolean, reason: string) => Promise<unknown>
}) {
  const [choice, setChoice] = useState<string>(
    p.recorded ? word(p.recorded.completed) : p.suggestion ? word(p.suggestion.completed) : '完成',
  )
  const [reason, setReason] = useState(p.recorded?.reason ?? '')
  const [problem, setProblem] = useState<string | null>(null)
  const save = async () => {
    if (reason.trim() === '') return setProblem('请填写判定理由（如目标任务的完成情况、文号）')
    setProblem(null)
    await p.onSave(choice === '完成', reason)
  }
  return (
    <Stack gap="xs" data-testid="target-judgement">
      <Title order={3} fz={15}>
        年度目标任务完成情况（第二十条）
      </Title>
      <Text size="xs" c="dimmed">
        {p.recorded
          ? `已记录：${word(p.recorded.completed)}（${p.recorded.reason}）· ${p.recorded.by} · ${formatTime(p.recorded.at)}`
          : '本年度尚未记录；未记录前不据此问责。'}
        {p.suggestion ? ` 程序建议：${word(p.suggestion.completed)}——${p.suggestion.why}。` : ''}
        {` 往年：${p.years.join('，')}。`}
      </Text>
      {p.accountable ? (
        <Alert color="grape" py={4}>
          连续 3 年未完成年度目标任务，按第二十条启动问责程序。
        </Alert>
      ) : null}
      <Group gap="xs" align="flex-end" wrap="wrap">
        <SegmentedControl
          size="xs"
          data={['完成', '未完成']}
          value={choice}
          onChange={setChoice}
          disabled={p.locked}
          aria-label="是否完成年度目标任务"
        />
        <TextInput
          label="判定理由"
          size="xs"
          w={320}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value)
            setProblem(null)
          }}
          disabled={p.locked}
        />
        <Button size="xs" onClick={() => void save()} loading={p.busy} disabled={p.locked}>
          {p.recorded ? '修改记录' : '记录'}
        </Button>
      </Group>
      {problem ? (
        <Alert color="red" py={4} role="alert">
          {problem}
        </Alert>
      ) : null}
    </Stack>
  )
}
