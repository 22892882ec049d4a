import { platform } from '@platform'
import { Button, Group, Paper, Text, Title } from '@mantine/core'
import type { YearRow } from '../../../db'
import { exportAllYearsText, exportYearPackage } from '../../../db'
import { utf8 } from '../../shared/backup-target'
import { useStore } from '../../shared/store-context'
import { useAction } from '../../shared/use-action'

async function save(name: string, text: string): Promise<boolean> {
  const r = await platform.saveFile({
    suggestedName: name,
    data: utf8(text),
    filters: [{ name: '考评通数据', extensions: ['kpt'] }],
  })
  if (!r.ok) throw new Error(r.error.message)
  return r.value.saved
}

const today = () => new Date().toISOString().slice(0, 10).replaceAll('-', '')

/** One year, or every year, as one checksummed file to carry to another PC or keep. */
export function ExportPanel({ year, yearCount }: { year: YearRow | null; yearCount: number }) {
  const { db } = useStore()
  const { run, busy } = useAction()

  const exportYear = async (y: YearRow) => {
    await run(
      async () => {
        const p = await exportYearPackage(db, y.id)
        return { saved: await save(p.fileName, p.text), p }
      },
      ({ saved, p }) =>
        saved
          ? {
              title: `已导出 1 个年度：${y.title}`,
              message: `文件 ${p.fileName}，校验值 ${p.checksum.slice(0, 12)}…`,
            }
          : { title: '已取消导出' },
    )
  }

  const exportAll = async () => {
    await run(
      async () => save(`考评通全部年度_${today()}.kpt`, await exportAllYearsText(db)),
      (saved) => (saved ? { title: `已导出全部 ${yearCount} 个年度` } : { title: '已取消导出' }),
    )
  }

  return (
    <Paper withBorder p="sm">
      <Title order={3} fz={15} mb={4}>
        导出数据包
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        数据包含名册、细则、自查材料、评分、复核、台账、审定和修改记录，带校验值；在另一台电脑上可完整恢复，损坏的文件会被拒绝。
      </Text>
      <Group gap="xs">
        <Button disabled={!year} loading={busy} onClick={() => year && void exportYear(year)}>
          导出当前年度{year ? `（${year.title}）` : ''}
        </Button>
        <Button
          variant="default"
          disabled={yearCount === 0}
          loading={busy}
          onClick={() => void exportAll()}
        >
          导出全部年度
        </Button>
      </Group>
    </Paper>
  )
}
