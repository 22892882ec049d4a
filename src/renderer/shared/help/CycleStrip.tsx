import { Anchor, Box, Group, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { readCycleFacts } from '../../../db'
import { cycleProgress, type CycleStep, type StepStatus } from '../../../help'
import { useCurrentYear } from '../current-year'
import { useStore } from '../store-context'

const COLOURS: Record<StepStatus, string> = {
  done: 'var(--mantine-color-green-6)',
  next: 'var(--mantine-color-blue-6)',
  optional: 'var(--mantine-color-gray-3)',
  todo: 'var(--mantine-color-gray-3)',
}
const WORDS: Record<StepStatus, string> = {
  done: '已完成',
  next: '下一步',
  optional: '可跳过',
  todo: '未开始',
}

/**
 * The year's way through the annual cycle, on every page above the navigation: one mark per
 * step (done, next, may be skipped, to come) and the next step in words, a click away.
 */
export function CycleStrip({ onNavigate }: { onNavigate: (section: string) => void }) {
  const { db } = useStore()
  const { year, years } = useCurrentYear()
  const yearId = year?.id ?? null
  const facts = useLiveQuery(
    () => (yearId ? readCycleFacts(db, yearId) : Promise.resolve(null)),
    [db, yearId],
  )
  // Until the years and the facts are read, show nothing rather than a wrong step.
  if (years === undefined || (yearId && facts === undefined)) return null
  const steps = cycleProgress(facts ?? null)
  const next = steps.find((s) => s.status === 'next')
  const done = steps.filter((s) => s.status === 'done').length
  return (
    <Stack gap={4} px={8} pt={4} pb={8} data-testid="cycle-strip">
      <Group justify="space-between" gap={4}>
        <Text size="xs" fw={700}>
          本年度进度
        </Text>
        <Text size="xs" c="dimmed">
          {done}/{steps.length}
        </Text>
      </Group>
      <Group gap={2} wrap="nowrap">
        {steps.map((s) => (
          <Mark key={s.id} step={s} onClick={() => onNavigate(s.section)} />
        ))}
      </Group>
      {next ? (
        <Text size="xs" data-testid="cycle-next">
          下一步：
          <Anchor size="xs" fw={700} onClick={() => onNavigate(next.section)}>
            {next.label}
          </Anchor>
          <Text span size="xs" c="dimmed">
            {' '}
            · {next.detail}
          </Text>
        </Text>
      ) : null}
    </Stack>
  )
}

function Mark({ step, onClick }: { step: CycleStep; onClick: () => void }) {
  // The name stays short: the details (被考评单位, 考评年度 …) would otherwise also answer for the
  // form fields of those names wherever the page is searched by label.
  return (
    <Tooltip
      label={`${step.label}：${WORDS[step.status]}（${step.detail}）`}
      position="right"
      withArrow
      openDelay={200}
    >
      <UnstyledButton
        onClick={onClick}
        aria-label={`进度 ${step.label}：${WORDS[step.status]}`}
        data-step={step.id}
        data-status={step.status}
        style={{ flex: 1 }}
      >
        <Box
          h={step.status === 'next' ? 10 : 8}
          style={{
            background: COLOURS[step.status],
            borderRadius: 2,
            outline:
              step.status === 'optional' ? '1px dashed var(--mantine-color-gray-6)' : undefined,
          }}
        />
      </UnstyledButton>
    </Tooltip>
  )
}
