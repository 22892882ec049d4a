import { Button, Table } from '@mantine/core'
import { formatTime } from '../../shared/labels'

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
