import { Badge, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core'
import { useState } from 'react'
import type { UnitRow } from '../../../db'
import { useStore } from '../../shared/store-context'
import { formatTime } from '../../shared/labels'
import { changeLines, totalText, versionLines } from './submission-history'
import { useSubmissionHistory } from './use-submissions-data'

interface Props {
  yearId: string
  unit: UnitRow
  onClose: () => void
}

const NOWRAP = { whiteSpace: 'nowrap' } as const

/** Every file a unit returned, newest first; a version picked shows what it changed. */
export function SubmissionHistoryModal({ yearId, unit, onClose }: Props) {
  const { db } = useStore()
  const data = useSubmissionHistory(db, yearId, unit)
  const [picked, setPicked] = useState<number | null>(null)

  const versions = data?.versions ?? []
  const lines = versionLines(versions).reverse()
  const selected = picked ?? lines[0]?.version ?? null
  const newer = versions.find((v) => v.version === selected)
  const older = versions.filter((v) => v.version < (selected ?? 0)).at(-1)
  const sheet =
    data?.sheets.find((s) => s.version === newer?.criteriaVersion)?.sheet ??
    data?.sheets.at(-1)?.sheet
  const changes = newer && older ? changeLines(older, newer, sheet) : []

  return (
    <Modal
      opened
      onClose={onClose}
      title={`${unit.name} · 自查材料版本记录`}
      size="72rem"
      data-testid="submission-history"
    >
      {data === undefined ? null : lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          该单位还没有报回自查材料。
        </Text>
      ) : (
        <Stack gap="sm">
          <Table highlightOnHover withTableBorder fz="xs" data-testid="submission-versions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>版本</Table.Th>
                <Table.Th>导入时间</Table.Th>
                <Table.Th>文件名</Table.Th>
                <Table.Th>导入人</Table.Th>
                <Table.Th>依据细则</Table.Th>
                <Table.Th ta="right">自评合计</Table.Th>
                <Table.Th>与上一版相比</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((l, i) => (
                <Table.Tr
                  key={l.version}
                  onClick={() => setPicked(l.version)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault()
                      setPicked(l.version)
                    }
                  }}
                  tabIndex={0}
                  bg={l.version === selected ? 'blue.0' : undefined}
                  style={{ cursor: 'pointer' }}
                  aria-selected={l.version === selected}
                >
                  <Table.Td style={NOWRAP}>
                    第 {l.version} 版
                    {i === 0 ? (
                      <Badge size="xs" variant="light" color="teal" ml={4}>
                        现行
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td style={NOWRAP}>{formatTime(l.importedAt)}</Table.Td>
                  <Table.Td>{l.fileName}</Table.Td>
                  <Table.Td style={NOWRAP}>{l.importedBy}</Table.Td>
                  <Table.Td style={NOWRAP}>第 {l.criteriaVersion} 版</Table.Td>
                  <Table.Td ta="right" style={NOWRAP}>
                    {totalText(l)}
                  </Table.Td>
                  <Table.Td style={NOWRAP}>
                    {l.changes === null
                      ? '首次报回'
                      : l.changes === 0
                        ? '内容相同'
                        : `${l.changes} 处变化`}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group gap="xs">
            <Text fw={600} size="sm">
              {older ? `第 ${selected} 版与第 ${older.version} 版相比` : `第 ${selected} 版`}
            </Text>
            <Text size="xs" c="dimmed">
              点选上表中的某一版，查看它与上一版的不同。
            </Text>
          </Group>
          {!older ? (
            <Text size="sm" c="dimmed">
              这是该单位第一次报回的文件，没有可比较的上一版。
            </Text>
          ) : changes.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="submission-changes">
              与上一版内容完全相同（自评得分、自评说明、佐证材料和否决申报都没有变化）。
            </Text>
          ) : (
            <ScrollArea.Autosize mah={380} type="auto">
              <Table striped withTableBorder fz="xs" data-testid="submission-changes">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={60}>指标</Table.Th>
                    <Table.Th w="24%">考评内容</Table.Th>
                    <Table.Th w={80}>变化项</Table.Th>
                    <Table.Th>第 {older.version} 版</Table.Th>
                    <Table.Th>第 {selected} 版</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {changes.map((c, i) => (
                    <Table.Tr key={i}>
                      <Table.Td style={NOWRAP}>{c.code}</Table.Td>
                      <Table.Td c="dimmed">
                        <Text size="xs" lineClamp={2} title={c.title}>
                          {c.title || '—'}
                        </Text>
                      </Table.Td>
                      <Table.Td style={NOWRAP}>{c.field}</Table.Td>
                      <Table.Td c="dimmed">{c.before}</Table.Td>
                      <Table.Td fw={500}>{c.after}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          )}
        </Stack>
      )}
    </Modal>
  )
}
