import { Button, Table } from '@mantine/core'
import { useConfirm } from '../../shared/confirm'
import { formatTime } from '../../shared/labels'
import type { useAction } from '../../shared/use-action'

type ActionRunner = ReturnType<typeof useAction>['run']

/**
 * The last two cells of a 复核 record row (an adjustment or a ledger entry): who recorded it
 * and when, and 撤销, which withdraws it with a history line rather than deleting it.
 */
export function RecordEndCells(props: {
  by: string
  at: string
  locked: boolean
  onWithdraw: () => void
}) {
  return (
    <>
      <Table.Td>
        {props.by} · {formatTime(props.at)}
      </Table.Td>
      <Table.Td>
        <Button
          size="compact-xs"
          variant="subtle"
          color="red"
          disabled={props.locked}
          onClick={props.onWithdraw}
        >
          撤销
        </Button>
      </Table.Td>
    </>
  )
}

/**
 * 撤销 of a 复核 record: asks for the reason (required; the record stays, marked withdrawn) and
 * withdraws it. `what` names the record in the dialog and the notice: 复核调整, 台账记录.
 */
export function useWithdrawRecord(
  what: string,
  consequence: string,
  withdraw: (id: string, reason: string) => Promise<unknown>,
  run: ActionRunner,
) {
  const confirm = useConfirm()
  return async (id: string) => {
    const reason = await confirm({
      title: `撤销${what}`,
      message: `撤销后${consequence}，记录保留。`,
      confirmLabel: '撤销',
      reasonLabel: '撤销理由（必填）',
      danger: true,
    })
    if (reason === null) return
    await run(
      () => withdraw(id, reason),
      () => ({ title: `已撤销${what}` }),
    )
  }
}
