import {
  Badge,
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
import { addLedgerEntry, removeLedgerEntry, type UnitRow } from '../../../db'
import {
  LEDGER_ACTIONS,
  LEDGER_KIND_INFO,
  LEDGER_KINDS,
  formatPoints,
  ledgerActionsFor,
  ledgerPointsOf,
  type LedgerKind,
} from '../../../domain'
import { useStore } from '../../shared/store-context'
import { useAction } from '../../shared/use-action'
import { RecordEndCells, useWithdrawRecord } from './record-withdrawal'
import { useUnitLedger } from './use-recheck-data'
import { LedgerImportButtons } from './LedgerImport'

/** 问题台账 of one unit (seed 004): entries, their deductions and the thresholds reached. */
export function LedgerPanel({
  unit,
  locked,
  deducted,
}: {
  unit: UnitRow
  locked: boolean
  deducted: boolean
}) {
  const { db, session } = useStore()
  const { run, busy } = useAction()
  const [kind, setKind] = useState<LedgerKind>('nationalFilmGeneral')
  const [description, setDescription] = useState('')
  const rows = useUnitLedger(db, unit)
  const total = ledgerPointsOf(rows ?? [])
  const actions = ledgerActionsFor(total)

  const add = async () => {
    const saved = await run(
      () => addLedgerEntry(session, { yearId: unit.yearId, unitId: unit.id, kind, description }),
      (r) => ({
        title: `已登记问题：${unit.name}，扣 ${formatPoints(LEDGER_KIND_INFO[r.kind].points)} 分`,
      }),
    )
    if (saved) setDescription('')
  }
  const withdraw = useWithdrawRecord(
    '台账记录',
    '该问题不再扣分',
    (id, reason) => removeLedgerEntry(session, id, reason),
    run,
  )

  return (
    <Stack gap="xs" data-testid="ledger">
      <Group gap="sm">
        <Title order={3} fz={15}>
          问题台账
        </Title>
        <Text size="xs" c="dimmed">
          累计扣分 {formatPoints(total)} 分
          {deducted ? '（本年度从总分中扣减）' : '（本年度不扣减总分，仅用于问责）'}
        </Text>
        {LEDGER_ACTIONS.filter((a) => actions.includes(a.code)).map((a) => (
          <Badge key={a.code} color="orange" variant="light" title={a.label}>
            满 {formatPoints(a.threshold)} 分：{a.label}
          </Badge>
        ))}
        <LedgerImportButtons locked={locked} />
      </Group>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <NativeSelect
          label="问题类别"
          size="xs"
          w={330}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as LedgerKind)}
          data={LEDGER_KINDS.map((k) => ({
            value: k,
            label: `${LEDGER_KIND_INFO[k].label}（扣 ${formatPoints(LEDGER_KIND_INFO[k].points)} 分）`,
          }))}
        />
        <TextInput
          label="问题描述"
          size="xs"
          w={260}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        <Button size="xs" onClick={() => void add()} loading={busy} disabled={locked}>
          登记
        </Button>
      </Group>
      {rows && rows.length > 0 ? (
        <Table fz="xs" withTableBorder striped>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{LEDGER_KIND_INFO[r.kind].label}</Table.Td>
                <Table.Td>-{formatPoints(LEDGER_KIND_INFO[r.kind].points)}</Table.Td>
                <Table.Td>
                  {r.description}
                  {r.source ? `（${[r.date, r.source].filter(Boolean).join(' ')}）` : ''}
                </Table.Td>
                <RecordEndCells
                  by={r.by}
                  at={r.at}
                  locked={locked}
                  onWithdraw={() => void withdraw(r.id)}
                />
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="xs" c="dimmed">
          {unit.name}暂无台账问题。
        </Text>
      )}
    </Stack>
  )
}
