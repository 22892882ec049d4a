import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useState } from 'react'
import { addAdjustment, removeAdjustment, type UnitRow } from '../../../db'
import { checkAdjustmentBounds, formatPoints } from '../../../domain'
import { useStore } from '../../shared/store-context'
import { useAction } from '../../shared/use-action'
import { RecordEndCells, useWithdrawRecord } from './record-withdrawal'
import { checkAdjustment, type AdjustmentDraft } from './adjustment-input'
import { useUnitAdjustments } from './use-recheck-data'

const EMPTY: AdjustmentDraft = { target: '', delta: '', reason: '', supervisionRef: '' }

/** 复核调整 of one unit: on an item or on the total, each with its reason and supervision record. */
export function AdjustmentsPanel({ unit, locked }: { unit: UnitRow; locked: boolean }) {
  const { db, session } = useStore()
  const { run, busy } = useAction()
  const [draft, setDraft] = useState<AdjustmentDraft>(EMPTY)
  const [problem, setProblem] = useState<string | null>(null)
  const data = useUnitAdjustments(db, unit)
  const set = (patch: Partial<AdjustmentDraft>) => {
    setDraft((d) => ({ ...d, ...patch }))
    setProblem(null)
  }
  const itemLabel = (code: string | null) =>
    code === null ? '总分' : `${code} ${data?.items.find((i) => i.code === code)?.title ?? ''}`

  const add = async () => {
    const checked = checkAdjustment(draft)
    if (!checked.ok) return setProblem(checked.message)
    const { ok: _ok, ...input } = checked
    // The store refuses it too; saying it here keeps the message beside the fields typed.
    const outside = data?.ctx && checkAdjustmentBounds(data.ctx, input)
    if (outside) return setProblem(outside)
    const saved = await run(
      () => addAdjustment(session, { yearId: unit.yearId, unitId: unit.id, ...input }),
      (a) => ({
        title: `已记录复核调整：${unit.name} ${itemLabel(a.itemCode)} ${formatPoints(a.delta)} 分`,
      }),
    )
    if (saved) setDraft(EMPTY)
  }

  const withdraw = useWithdrawRecord(
    '复核调整',
    '该调整不再计入得分',
    (id, reason) => removeAdjustment(session, id, reason),
    run,
  )

  return (
    <Stack gap="xs" data-testid="adjustments">
      <Title order={3} fz={15}>
        复核调整
      </Title>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <NativeSelect
          label="调整对象"
          size="xs"
          w={220}
          value={draft.target}
          onChange={(e) => set({ target: e.currentTarget.value })}
          data={[
            { value: '', label: '总分' },
            ...(data?.items ?? []).map((i) => ({ value: i.code, label: `${i.code} ${i.title}` })),
          ]}
        />
        <TextInput
          label="调整分值（如 -1.5 或 +2）"
          size="xs"
          w={150}
          value={draft.delta}
          onChange={(e) => set({ delta: e.currentTarget.value })}
        />
        <TextInput
          label="调整理由"
          size="xs"
          w={220}
          value={draft.reason}
          onChange={(e) => set({ reason: e.currentTarget.value })}
        />
        <TextInput
          label="日常监管依据"
          size="xs"
          w={200}
          value={draft.supervisionRef}
          onChange={(e) => set({ supervisionRef: e.currentTarget.value })}
        />
        <Button size="xs" onClick={() => void add()} loading={busy} disabled={locked}>
          记录调整
        </Button>
      </Group>
      {problem ? (
        <Alert color="red" py={4} role="alert">
          {problem}
        </Alert>
      ) : null}
      {data && data.rows.length > 0 ? (
        <Table fz="xs" withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>对象</Table.Th>
              <Table.Th>分值</Table.Th>
              <Table.Th>理由</Table.Th>
              <Table.Th>日常监管依据</Table.Th>
              <Table.Th>记录人 · 时间</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.rows.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{itemLabel(a.itemCode)}</Table.Td>
                <Table.Td>{`${a.delta > 0 ? '+' : ''}${formatPoints(a.delta)}`}</Table.Td>
                <Table.Td>{a.reason}</Table.Td>
                <Table.Td>{a.supervisionRef}</Table.Td>
                <RecordEndCells
                  by={a.by}
                  at={a.at}
                  locked={locked}
                  onWithdraw={() => void withdraw(a.id)}
                />
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="xs" c="dimmed">
          {unit.name}暂无复核调整。
        </Text>
      )}
    </Stack>
  )
}
