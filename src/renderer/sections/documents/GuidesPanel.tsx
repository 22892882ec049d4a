import { platform } from '@platform'
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { GUIDE_FILE_NAMES, type GuideKind } from '../../../documents'
import { MISSING_DEADLINE } from '../../../help'
import { useCurrentYear } from '../../shared/current-year'
import { useAction } from '../../shared/use-action'
import { guideInWorker } from '../../workers/guides-client'
import { loadAppFonts } from './app-fonts'

/**
 * 使用说明 and 填表说明 as PDFs: the app's help printed for the office, and the one page the
 * units get with their templates (deadline and contact from the year settings).
 */
export function GuidesPanel() {
  const { year } = useCurrentYear()
  const { run } = useAction()
  const [making, setMaking] = useState<GuideKind | null>(null)

  const make = (kind: GuideKind) =>
    run(
      async () => {
        setMaking(kind)
        try {
          const { files } = await loadAppFonts([])
          const made = await guideInWorker({
            kind,
            fonts: files,
            year: {
              year: year?.year ?? new Date().getFullYear(),
              settings: {
                countyName: year?.settings.countyName ?? '',
                returnDeadline: year?.settings.returnDeadline,
                returnContact: year?.settings.returnContact,
              },
            },
            today: localToday(),
          })
          if (!made.ok) throw new Error(made.error.message)
          const saved = await platform.saveFilesToFolder({
            title: `选择保存${made.value.name}的文件夹`,
            files: [{ name: made.value.name, data: made.value.bytes }],
            // One file: the browser build downloads it as itself, never zipped.
            zipName: made.value.name.replace(/\.pdf$/, '.zip'),
          })
          if (!saved.ok) throw new Error(saved.error.message)
          return { name: made.value.name, saved: saved.value.saved, folder: saved.value.folder }
        } finally {
          setMaking(null)
        }
      },
      (r) =>
        r.saved
          ? { title: `已生成${r.name}`, message: `保存在 ${r.folder}` }
          : { title: `未保存${r.name}` },
    )

  return (
    <Paper withBorder p="sm" data-testid="guides-panel">
      <Stack gap={6}>
        <Title order={4} fz={15}>
          使用说明与填表说明
        </Title>
        <Text size="sm">
          使用说明是本程序全部帮助内容的打印版。填表说明只有一页，随自查表模板一起发给各乡镇（街道）、园区和县级部门：怎样填、哪些不能改、佐证材料怎样列、报回截止日期和联系人。
        </Text>
        {year && !year.settings.returnDeadline ? (
          <Text size="sm" c="orange.8">
            年度设置中还没有报回截止日期，填表说明上将印“{MISSING_DEADLINE}”。
          </Text>
        ) : null}
        <Group gap="xs">
          <Button
            variant="light"
            loading={making === 'manual'}
            disabled={making !== null}
            onClick={() => void make('manual')}
          >
            生成{GUIDE_FILE_NAMES.manual}
          </Button>
          <Button
            variant="light"
            loading={making === 'fill'}
            disabled={making !== null || !year}
            onClick={() => void make('fill')}
          >
            生成{GUIDE_FILE_NAMES.fill}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}

/** Today on this PC's calendar, as the printed date. */
function localToday(): string {
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}
