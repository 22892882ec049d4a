import { platform } from '@platform'
import { Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import { GUIDE_FILE_NAMES, type GuideKind } from '../../documents/options'
import { MISSING_DEADLINE } from '../../help'
import { documentsClient } from '../workers/documents-client'
import { appFontsInWorker } from './app-fonts'
import { useCurrentYear } from './current-year'
import { useAction } from './use-action'

/**
 * 使用说明 and 填表说明 as PDFs: the app's help printed for the office, and the one page the
 * units get with their templates (deadline and contact from the year settings). Shown on
 * 文件输出 and 使用说明, made by the app's one PDF worker with the fonts 文件输出 chose (its fonts
 * already read, its code warm); opened on 使用说明 first, the worker starts here and gets the
 * app's own fonts.
 */
export function GuidesPanel() {
  const { year } = useCurrentYear()
  const { run } = useAction()
  // Started when the panel first shows (on 使用说明 before 文件输出 opened, the worker starts here).
  useEffect(() => void documentsClient(), [])
  const [making, setMaking] = useState<GuideKind | null>(null)
  const [share, setShare] = useState(0)

  const make = (kind: GuideKind) =>
    run(
      async () => {
        setMaking(kind)
        setShare(0)
        try {
          // The session's worker, or a new one if it failed since.
          const client = documentsClient()
          // Opened before 文件输出 sent its fonts: the app's own, which 文件输出 then keeps.
          if (!client.hasFonts) void appFontsInWorker(client)
          const made = await client.guide(
            kind,
            {
              year: year?.year ?? new Date().getFullYear(),
              settings: {
                countyName: year?.settings.countyName ?? '',
                returnDeadline: year?.settings.returnDeadline,
                returnContact: year?.settings.returnContact,
              },
            },
            localToday(),
            (done, total) => setShare(done / total),
          )
          if (!made.ok) throw new Error(made.error.message)
          const file = made.value.files[0]!
          const saved = await platform.saveFilesToFolder({
            title: `选择保存${file.name}的文件夹`,
            files: [{ name: file.name, data: file.bytes }],
            // One file: the browser build downloads it as itself, never zipped.
            zipName: file.name.replace(/\.pdf$/, '.zip'),
          })
          if (!saved.ok) throw new Error(saved.error.message)
          return { name: file.name, saved: saved.value.saved, folder: saved.value.folder }
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
        {making ? (
          <Stack gap={4} data-testid="guides-progress">
            <Progress value={100 * share} size="sm" animated />
            <Text size="xs" c="dimmed">
              {share > 0
                ? `正在生成 ${GUIDE_FILE_NAMES[making]}（${Math.round(100 * share)}%）`
                : `正在准备字体并生成 ${GUIDE_FILE_NAMES[making]}……`}
            </Text>
          </Stack>
        ) : null}
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
