import { Button, Group, NativeSelect, TextInput } from '@mantine/core'
import { useState } from 'react'
import { addReviewer, type ReviewerRow } from '../../../db'
import { useStore } from '../../shared/store-context'
import { useAction } from '../../shared/use-action'

interface Props {
  yearId: string
  reviewers: readonly ReviewerRow[]
  value: string | null
  onChange: (id: string) => void
  locked: boolean
}

/** Who is scoring: each reviewer scores under their own name; a new one is added here. */
export function ReviewerPicker({ yearId, reviewers, value, onChange, locked }: Props) {
  const { session } = useStore()
  const { run, busy } = useAction()
  const [name, setName] = useState('')
  const add = async () => {
    const row = await run(
      () => addReviewer(session, yearId, name),
      (r) => ({ title: `已新增评分人：${r.name}` }),
    )
    if (row) {
      setName('')
      onChange(row.id)
    }
  }
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <NativeSelect
        label="评分人"
        size="xs"
        w={140}
        value={value ?? ''}
        onChange={(e) => onChange(e.currentTarget.value)}
        data={reviewers.map((r) => ({ value: r.id, label: r.name }))}
        disabled={reviewers.length === 0}
      />
      <TextInput
        label="新增评分人"
        size="xs"
        w={110}
        value={name}
        disabled={locked}
        onChange={(e) => setName(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void add()
        }}
      />
      <Button size="xs" variant="light" onClick={() => void add()} loading={busy} disabled={locked}>
        新增
      </Button>
    </Group>
  )
}
