import { Alert, Button, Group, Progress, SegmentedControl, SimpleGrid, Stack } from '@mantine/core'
import { useState } from 'react'
import { PageHeader } from '../../shared/PageHeader'
import { useCurrentYear } from '../../shared/current-year'
import { useStore } from '../../shared/store-context'
import { useAction } from '../../shared/use-action'
import { DocumentOptionsForm } from './DocumentOptionsForm'
import { FontRolesPanel } from './FontRolesPanel'
import { useDocumentOptions } from './use-document-options'
import { useDocumentOutput, type Kind } from './use-document-output'
import { usePdfWorker } from './use-pdf-worker'
import { usePickedFonts } from './use-picked-fonts'
import { GuidesPanel } from '../../shared/GuidesPanel'

/**
 * 文件输出: fill the fields, preview the actual pages (the PDF itself), save or print. The
 * documents come from the same shared module as the command line, laid out in the app's PDF
 * worker (use-pdf-worker.ts) while this page shows the progress.
 */
export function DocumentsPage({
  title = '文件输出',
  purpose = '生成通报、约谈名单、考评评分表和警示函。',
}: {
  title?: string
  purpose?: string
}) {
  const { db } = useStore()
  const { year } = useCurrentYear()
  const { run, busy } = useAction()
  const [kind, setKind] = useState<Kind>('notice')
  const [opts, setOpts] = useDocumentOptions(db, year?.id)
  const fonts = usePickedFonts(run)
  const { client, report, notes } = usePdfWorker(db, year?.id, opts, fonts.picked, fonts.overrides)
  const output = useDocumentOutput(db, client, run)
  const { progress, preview } = output

  if (!year || !opts)
    return (
      <Stack>
        <PageHeader title={title} purpose={purpose} />
        <Alert color="yellow">还没有考评年度：请先在“年度设置”中建立一个考评年度。</Alert>
        <GuidesPanel />
      </Stack>
    )

  return (
    <Stack gap="md" data-testid="documents-page">
      <PageHeader title={title} purpose={purpose} />
      <SegmentedControl
        value={kind}
        onChange={(v) => setKind(v as Kind)}
        data={[
          { value: 'notice', label: '通报（预览）' },
          { value: 'set', label: '全部文件（通报、约谈名单、评分表、警示函）' },
        ]}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <DocumentOptionsForm opts={opts} onChange={setOpts} />
        <Stack gap="xs">
          <FontRolesPanel
            report={report}
            notes={notes}
            missing={output.missing}
            onPick={(role) => void fonts.pickFont(role)}
          />
          <Group>
            <Button
              loading={busy}
              disabled={!report}
              onClick={() => void output.generate(kind, year.id, opts)}
            >
              生成并预览
            </Button>
            <Button
              variant="light"
              disabled={output.generated.length === 0}
              onClick={() => void output.save(year.title)}
            >
              保存到文件夹
            </Button>
            <Button variant="light" disabled={!preview} onClick={output.print}>
              打印
            </Button>
          </Group>
          {progress ? (
            <Stack gap={4} data-testid="documents-progress">
              <Progress
                value={(100 * progress.done) / progress.total}
                aria-label="生成进度"
                animated
              />
              <span style={{ fontSize: 'var(--mantine-font-size-sm)' }}>
                {progress.file
                  ? `正在生成 ${progress.file}（第 ${Math.min(Math.floor(progress.done) + 1, progress.total)} 个，共 ${progress.total} 个）`
                  : '正在准备……'}
              </span>
            </Stack>
          ) : null}
          {preview ? (
            <iframe
              id="documents-preview"
              title={preview.file.name}
              src={preview.url}
              style={{ width: '100%', height: 640, border: '1px solid #ddd' }}
            />
          ) : null}
        </Stack>
      </SimpleGrid>
      <GuidesPanel />
    </Stack>
  )
}
