import {
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core'
import { useState } from 'react'
import type { ReviewerRow, UnitRow, YearRow } from '../../../db'
import { writeReviewerSheet } from '../../../excel'
import { useNotify } from '../../shared/notify'
import { saveWorkbook } from '../../shared/save-workbook'
import { useStore } from '../../shared/store-context'
import { SEQUENCES } from '../../shared/labels'
import { loadRankingInput } from '../../../db'

interface Props {
  opened: boolean
  onClose: () => void
  year: YearRow
  units: readonly UnitRow[]
  reviewers: readonly ReviewerRow[]
  reviewerId: string | null
}

/**
 * 导出评分表: the sheet a reviewer fills on another PC, for the units chosen here, with the
 * self scores shown and the reviewer's scores so far filled in (src/excel/reviewer).
 */
export function ReviewerSheetExport({
  opened,
  onClose,
  year,
  units,
  reviewers,
  reviewerId,
}: Props) {
  const { db } = useStore()
  const notify = useNotify()
  const active = units.filter((u) => !u.retired)
  const [who, setWho] = useState<string>('')
  const [chosen, setChosen] = useState<ReadonlySet<string> | null>(null)
  const [busy, setBusy] = useState(false)
  const picked = chosen ?? new Set(active.map((u) => u.id))
  const working = reviewers.filter((r) => !r.retired)
  const reviewer = working.find((r) => r.id === (who || reviewerId)) ?? working[0]

  const toggle = (ids: string[], on: boolean) => {
    const next = new Set(picked)
    for (const id of ids) {
      if (on) next.add(id)
      else next.delete(id)
    }
    setChosen(next)
  }

  const exportSheet = async () => {
    if (!reviewer || picked.size === 0) return
    setBusy(true)
    const ids = active.filter((u) => picked.has(u.id)).map((u) => u.id)
    const saved = await saveWorkbook(notify, {
      fileName: `${year.title}_审核评分表_${reviewer.name}.xlsx`,
      write: async () => {
        const pkg = (await loadRankingInput(db, year.id))?.pkg
        if (!pkg) throw new Error('找不到该考评年度。')
        // Only this reviewer's scores: the sheet looks each cell up among them.
        const own = { ...pkg, scores: pkg.scores.filter((s) => s.reviewerId === reviewer.id) }
        return writeReviewerSheet(own, reviewer, ids)
      },
      failed: '未能导出评分表',
      done: {
        title: `已导出${reviewer.name}的评分表`,
        message: `${ids.length} 个单位；填好后在本页“导入评分表”。`,
      },
    })
    setBusy(false)
    if (saved) onClose()
  }

  return (
    <Modal opened={opened} onClose={onClose} title="导出评分表" size="xl">
      <Stack gap="sm" data-testid="reviewer-export">
        <Text size="sm" c="dimmed">
          评分人在其他电脑上用 Excel 或 WPS
          填写“审核得分”和“评分理由”两列，交回后在本页“导入评分表”。 已评的分数会预先填入。
        </Text>
        <NativeSelect
          label="评分人"
          size="xs"
          w={200}
          value={reviewer?.id ?? ''}
          onChange={(e) => setWho(e.currentTarget.value)}
          data={working.map((r) => ({ value: r.id, label: r.name }))}
        />
        {SEQUENCES.map((s) => {
          const mine = active.filter((u) => u.sequence === s.id)
          if (mine.length === 0) return null
          const on = mine.filter((u) => picked.has(u.id)).length
          return (
            <Stack key={s.id} gap={4}>
              <Checkbox
                size="xs"
                fw={600}
                label={`${s.label}（已选 ${on} / ${mine.length}）`}
                checked={on === mine.length}
                indeterminate={on > 0 && on < mine.length}
                onChange={(e) =>
                  toggle(
                    mine.map((u) => u.id),
                    e.currentTarget.checked,
                  )
                }
              />
              <SimpleGrid cols={5} spacing={4} verticalSpacing={2} pl="md">
                {mine.map((u) => (
                  <Checkbox
                    key={u.id}
                    size="xs"
                    label={u.name}
                    checked={picked.has(u.id)}
                    onChange={(e) => toggle([u.id], e.currentTarget.checked)}
                  />
                ))}
              </SimpleGrid>
            </Stack>
          )
        })}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button
            onClick={() => void exportSheet()}
            loading={busy}
            disabled={!reviewer || picked.size === 0}
          >
            导出 {picked.size} 个单位的评分表
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
