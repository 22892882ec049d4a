import { platform } from '@platform'
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Progress,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core'
import { useEffect, useRef, useState } from 'react'
import { loadYearPackage } from '../../../db'
import {
  FONT_ROLES,
  FONT_ROLE_LABELS,
  SIGNATURE_LAYOUTS,
  SIGNATURE_LAYOUT_LABELS,
  SUBSTITUTE_NOTES,
  defaultDocumentOptions,
  type DocumentSetOptions,
  type FontFile,
  type FontRole,
  type OutputFile,
  type RoleReport,
} from '../../../documents'
import { DocumentsClient } from '../../workers/documents-client'
import { PageHeader } from '../../shared/PageHeader'
import { useCurrentYear } from '../../shared/current-year'
import { useStore } from '../../shared/store-context'
import { useAction } from '../../shared/use-action'
import { loadAppFonts } from './app-fonts'

type Kind = 'notice' | 'set'

/**
 * 文件输出: fill the fields, preview the actual pages (the PDF itself), save or print. The
 * documents come from the same shared module as the command line, laid out in a worker (see
 * workers/documents-client.ts) while this page shows the progress.
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
  const [opts, setOpts] = useState<DocumentSetOptions | null>(null)
  const [kind, setKind] = useState<Kind>('notice')
  const [picked, setPicked] = useState<FontFile[]>([])
  const [overrides, setOverrides] = useState<Partial<Record<FontRole, string>>>({})
  const [report, setReport] = useState<RoleReport[] | null>(null)
  const [missing, setMissing] = useState<string[]>([])
  const [notes, setNotes] = useState<string[]>([])
  const [progress, setProgress] = useState<{ done: number; total: number; file: string } | null>(
    null,
  )
  const client = useRef<DocumentsClient | null>(null)
  const [preview, setPreview] = useState<{ url: string; file: OutputFile } | null>(null)
  const [generated, setGenerated] = useState<OutputFile[]>([])

  useEffect(() => {
    if (!year) return
    void loadYearPackage(db, year.id).then((pkg) => setOpts(defaultDocumentOptions(pkg)))
  }, [db, year])

  // One worker while the page is open: it keeps the parsed fonts between generations.
  useEffect(() => {
    const c = new DocumentsClient()
    client.current = c
    return () => {
      client.current = null
      c.dispose()
    }
  }, [])

  useEffect(() => {
    let alive = true
    setReport(null)
    setMissing([])
    void loadAppFonts(picked).then(async ({ files, notes }) => {
      const c = client.current
      if (!alive || !c) return
      const r = await c.setFonts(files, overrides)
      if (!alive) return
      setNotes(r.ok ? notes : [...notes, r.error.message])
      setReport(r.ok ? r.value : null)
    })
    return () => {
      alive = false
    }
  }, [picked, overrides])

  useEffect(() => () => (preview ? URL.revokeObjectURL(preview.url) : undefined), [preview])

  if (!year || !opts)
    return (
      <Stack>
        <PageHeader title={title} purpose={purpose} />
        <Alert color="yellow">请先选择或创建一个考评年度。</Alert>
      </Stack>
    )

  const set = (patch: Partial<DocumentSetOptions['notice']>) =>
    setOpts({ ...opts, notice: { ...opts.notice, ...patch } })

  const generate = () =>
    run(
      async () => {
        const c = client.current
        if (!c || !report) throw new Error('没有可用的字体')
        const pkg = await loadYearPackage(db, year.id)
        setProgress({ done: 0, total: 1, file: '' })
        try {
          const r = await c.generate(kind, pkg, opts, (done, total, file) =>
            setProgress({ done, total, file }),
          )
          if (!r.ok) throw new Error(r.error.message)
          return r.value
        } finally {
          setProgress(null)
        }
      },
      ({ files, missing }) => {
        const first = files[0]!
        const url = URL.createObjectURL(
          new Blob([first.bytes.slice()], { type: 'application/pdf' }),
        )
        setPreview({ url, file: first })
        setGenerated(files)
        setMissing(missing)
        return { title: `已生成 ${files.length} 个文件` }
      },
    )
  const save = () =>
    run(
      async () =>
        platform.saveFilesToFolder({
          title: '选择保存文件的文件夹',
          files: generated.map((f) => ({ name: f.name, data: f.bytes })),
        }),
      (r) =>
        r.ok && r.value.saved ? { title: `已保存 ${r.value.count} 个文件` } : { title: '未保存' },
    )

  const pickFont = (role: FontRole) =>
    run(
      async () => {
        const r = await platform.openFiles({
          filters: [{ name: '字体文件', extensions: ['ttf', 'otf', 'ttc'] }],
        })
        if (!r.ok) throw new Error(r.error.message)
        return r.value[0] ?? null
      },
      (f) => {
        if (!f) return { title: '已取消' }
        const id = `user:${f.name}`
        setPicked((p) => [
          ...p.filter((x) => x.id !== id),
          { id, label: f.name, bytes: f.data, suits: [role], official: true },
        ])
        setOverrides((o) => ({ ...o, [role]: id }))
        return { title: `${FONT_ROLE_LABELS[role]}改用 ${f.name}` }
      },
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
        <Paper withBorder p="sm">
          <Stack gap="xs">
            <TextInput
              label="发文字号"
              value={opts.notice.docNumber}
              onChange={(e) => set({ docNumber: e.currentTarget.value })}
            />
            <TextInput
              label="标题"
              value={opts.notice.title}
              onChange={(e) => set({ title: e.currentTarget.value })}
            />
            <TextInput
              label="主送机关"
              value={opts.notice.recipients}
              onChange={(e) => set({ recipients: e.currentTarget.value })}
            />
            <Group grow>
              <TextInput
                label="成文日期"
                type="date"
                value={opts.notice.date}
                onChange={(e) => set({ date: e.currentTarget.value })}
              />
              <TextInput
                label="印发日期"
                type="date"
                value={opts.notice.printDate}
                onChange={(e) => set({ printDate: e.currentTarget.value })}
              />
            </Group>
            <TextInput
              label="整改期限"
              value={opts.notice.rectifyBy}
              onChange={(e) => set({ rectifyBy: e.currentTarget.value })}
            />
            <SegmentedControl
              aria-label="署名方式"
              value={opts.notice.signature}
              onChange={(v) => {
                const signature = v as DocumentSetOptions['notice']['signature']
                setOpts({
                  ...opts,
                  notice: { ...opts.notice, signature },
                  warning: { ...opts.warning, signature },
                })
              }}
              data={SIGNATURE_LAYOUTS.map((value) => ({
                value,
                label: SIGNATURE_LAYOUT_LABELS[value],
              }))}
            />
            <Group grow>
              <TextInput
                label="通报引用的考评办法"
                value={opts.notice.rulesName}
                onChange={(e) => set({ rulesName: e.currentTarget.value })}
              />
              <TextInput
                label="考评办法文号"
                placeholder="如 云委办发〔2024〕5号，留空则不写"
                value={opts.notice.rulesDocNumber}
                onChange={(e) => set({ rulesDocNumber: e.currentTarget.value })}
              />
            </Group>
            <Group grow>
              <TextInput
                label="警示函发函机关"
                value={opts.warning.issuer}
                onChange={(e) =>
                  setOpts({ ...opts, warning: { ...opts.warning, issuer: e.currentTarget.value } })
                }
              />
              <TextInput
                label="警示函发文字号"
                value={opts.warning.docNumber}
                onChange={(e) =>
                  setOpts({
                    ...opts,
                    warning: { ...opts.warning, docNumber: e.currentTarget.value },
                  })
                }
              />
            </Group>
            <Textarea
              label="抄送（每行一个）"
              autosize
              minRows={2}
              value={opts.notice.cc.join('\n')}
              onChange={(e) =>
                set({ cc: e.currentTarget.value.split('\n').filter((s) => s.trim()) })
              }
            />
            <Group grow>
              {(['interviewer', 'time', 'place'] as const).map((k) => (
                <TextInput
                  key={k}
                  label={{ interviewer: '约谈人', time: '约谈时间', place: '约谈地点' }[k]}
                  placeholder="留空则手写"
                  value={opts.interview[k]}
                  onChange={(e) =>
                    setOpts({
                      ...opts,
                      interview: { ...opts.interview, [k]: e.currentTarget.value },
                    })
                  }
                />
              ))}
            </Group>
            <Checkbox
              label="考评评分表每个单位一个文件"
              checked={opts.scoreSheetPerUnit}
              onChange={(e) => setOpts({ ...opts, scoreSheetPerUnit: e.currentTarget.checked })}
            />
            <Textarea
              label="通报正文模板（{{占位符}}，每行一段）"
              autosize
              minRows={6}
              maxRows={14}
              value={opts.notice.template}
              onChange={(e) => set({ template: e.currentTarget.value })}
            />
          </Stack>
        </Paper>
        <Stack gap="xs">
          <Paper withBorder p="sm">
            <Table>
              <Table.Tbody>
                {FONT_ROLES.map((role) => {
                  const r = report?.find((x) => x.role === role)
                  return (
                    <Table.Tr key={role}>
                      <Table.Td>{FONT_ROLE_LABELS[role]}</Table.Td>
                      <Table.Td>
                        {r?.fontLabel ?? '—'}{' '}
                        {r?.substitute ? <Badge color="yellow">替代字体</Badge> : null}
                        {r?.substitute ? (
                          <Text size="xs" c="dimmed">
                            {SUBSTITUTE_NOTES[role]}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-xs"
                          variant="light"
                          onClick={() => void pickFont(role)}
                        >
                          指定字体文件
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  )
                })}
              </Table.Tbody>
            </Table>
            {notes.map((n) => (
              <Alert key={n} color="yellow" py={4} mt={4}>
                {n}
              </Alert>
            ))}
            {missing.length > 0 ? (
              <Alert color="red" py={4} mt={4}>
                以下字符没有任何字体能显示：{missing.join(' ')}
                ，请指定含这些字的字体文件。
              </Alert>
            ) : null}
          </Paper>
          <Group>
            <Button loading={busy} disabled={!report} onClick={() => void generate()}>
              生成并预览
            </Button>
            <Button variant="light" disabled={generated.length === 0} onClick={() => void save()}>
              保存到文件夹
            </Button>
            <Button
              variant="light"
              disabled={!preview}
              onClick={() =>
                (
                  document.getElementById('documents-preview') as HTMLIFrameElement | null
                )?.contentWindow?.print()
              }
            >
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
    </Stack>
  )
}
