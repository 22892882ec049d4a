import { Alert, Badge, Button, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { SEQUENCE_LABELS } from '../../../domain'
import { principalLeaders } from './unit-profile'
import type { RosterPreview } from './roster-preview'

interface Props {
  preview: RosterPreview
  busy: boolean
  onConfirm: () => void
  onClose: () => void
}

const NOWRAP = { whiteSpace: 'nowrap' } as const

/** The roster file as it would be imported; nothing is written until 确认导入. */
export function RosterImportModal({ preview, busy, onConfirm, onClose }: Props) {
  const refused = preview.errors.length > 0
  const work = preview.added.length + preview.changed.length
  return (
    <Modal
      opened
      onClose={onClose}
      title={`从 Excel 导入名册：${preview.fileName}`}
      size="70rem"
      data-testid="roster-import-preview"
    >
      <Stack gap="sm">
        {refused ? (
          <Alert
            color="red"
            title={`文件有 ${preview.errors.length} 处问题，名册没有任何改动`}
            data-testid="roster-import-errors"
          >
            <Stack gap={2}>
              {preview.errors.map((e, i) => (
                <Text size="sm" key={i}>
                  {e}
                </Text>
              ))}
            </Stack>
            <Text size="xs" c="dimmed" mt={6}>
              请在 Excel 中改正以上各处后重新导入。
            </Text>
          </Alert>
        ) : (
          <Summary preview={preview} />
        )}
        {preview.warnings.length > 0 ? (
          <Alert color="yellow" title="提示">
            {preview.warnings.map((w, i) => (
              <Text size="sm" key={i}>
                {w}
              </Text>
            ))}
          </Alert>
        ) : null}
        {!refused && preview.added.length > 0 ? (
          <Section title={`新增单位（${preview.added.length} 个）`}>
            <Table striped fz="xs" data-testid="roster-import-added">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>单位</Table.Th>
                  <Table.Th>序列</Table.Th>
                  <Table.Th>类别</Table.Th>
                  <Table.Th>主要负责人</Table.Th>
                  <Table.Th>联系人</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.added.map((u, i) => (
                  <Table.Tr key={i}>
                    <Table.Td style={NOWRAP}>
                      {u.name}
                      {u.retired ? (
                        <Badge size="xs" color="gray" ml={4}>
                          停用
                        </Badge>
                      ) : null}
                    </Table.Td>
                    <Table.Td style={NOWRAP}>{SEQUENCE_LABELS[u.sequence]}</Table.Td>
                    <Table.Td style={NOWRAP}>{u.kind}</Table.Td>
                    <Table.Td>{principalLeaders(u) || '—'}</Table.Td>
                    <Table.Td style={NOWRAP}>
                      {[u.contact.name, u.contact.phone].filter(Boolean).join(' ') || '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Section>
        ) : null}
        {!refused && preview.changed.length > 0 ? (
          <Section title={`信息有变化的单位（${preview.changed.length} 个）`}>
            <Table striped fz="xs" data-testid="roster-import-changed">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>单位</Table.Th>
                  <Table.Th>项目</Table.Th>
                  <Table.Th>原来</Table.Th>
                  <Table.Th>导入后</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.changed.flatMap((c, i) =>
                  c.fields.map((f, j) => (
                    <Table.Tr key={`${i}-${j}`}>
                      {j === 0 ? (
                        <Table.Td rowSpan={c.fields.length} style={NOWRAP} valign="top">
                          {c.formerName ?? c.name}
                        </Table.Td>
                      ) : null}
                      <Table.Td style={NOWRAP}>{f.label}</Table.Td>
                      <Table.Td c="dimmed">{f.before}</Table.Td>
                      <Table.Td>{f.after}</Table.Td>
                    </Table.Tr>
                  )),
                )}
              </Table.Tbody>
            </Table>
          </Section>
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {refused ? '关闭' : '取消'}
          </Button>
          {refused ? null : (
            <Button onClick={onConfirm} loading={busy} disabled={work === 0}>
              {work === 0
                ? '没有需要导入的变化'
                : `确认导入（新增 ${preview.added.length} 个，修改 ${preview.changed.length} 个）`}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  )
}

function Summary({ preview }: { preview: RosterPreview }) {
  return (
    <Stack gap={4} data-testid="roster-import-summary">
      <Table withTableBorder fz="sm" maw={560}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>序列</Table.Th>
            <Table.Th ta="right">新增</Table.Th>
            <Table.Th ta="right">修改</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.counts.map((c) => (
            <Table.Tr key={c.sequence}>
              <Table.Td>{c.label}</Table.Td>
              <Table.Td ta="right">{c.added} 个</Table.Td>
              <Table.Td ta="right">{c.changed} 个</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed">
        文件共 {preview.units.length} 个单位：新增 {preview.added.length} 个，修改{' '}
        {preview.changed.length} 个，与名册相同 {preview.unchanged} 个。
        {preview.untouched > 0
          ? `名册中另有 ${preview.untouched} 个单位不在文件中，保持不变（不会被撤销）。`
          : ''}
        确认后一次写入，并记入修改记录。
      </Text>
    </Stack>
  )
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {title}
      </Text>
      <ScrollArea.Autosize mah={260} type="auto">
        {children}
      </ScrollArea.Autosize>
    </Stack>
  )
}
