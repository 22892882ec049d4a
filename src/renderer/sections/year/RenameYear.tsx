import { Button, Group, Modal, Stack, TextInput } from '@mantine/core'
import { useState } from 'react'
import { renameYear, type YearRow } from '../../../db'
import { useStore } from '../../shared/store-context'
import { useAction } from '../../shared/use-action'

/** Renames a year (the title printed on documents); recorded in the history. */
export function RenameYear({ year }: { year: YearRow }) {
  const { session } = useStore()
  const { run, busy } = useAction()
  const [open, setOpen] = useState(false)
  const [title, setTitle] = useState(year.title)

  const save = async () => {
    const saved = await run(
      () => renameYear(session, year.id, title),
      (y) => ({ title: `已改名 1 个年度：${y.title}` }),
    )
    if (saved) setOpen(false)
  }

  return (
    <>
      <Button
        size="compact-xs"
        variant="subtle"
        disabled={year.locked}
        onClick={() => {
          setTitle(year.title)
          setOpen(true)
        }}
      >
        改名
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="年度改名">
        <Stack gap="sm">
          <TextInput
            label="年度名称"
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setOpen(false)}>
              取消
            </Button>
            <Button loading={busy} onClick={() => void save()}>
              保存
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  )
}
