import { Alert, Button, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { importLedgerEntries, listLedger, listUnits } from '../../../db'
import {
  formatProblem,
  readLedgerWorkbook,
  writeLedgerTemplate,
  type LedgerImport as Read,
} from '../../../excel'
import { LEDGER_KIND_INFO, formatPoints } from '../../../domain'
import { useCurrentYear } from '../../shared/current-year'
import { useNotify } from '../../shared/notify'
import { openWorkbooks } from '../../shared/open-workbooks'
import { saveWorkbook } from '../../shared/save-workbook'
import { useStore } from '../../shared/store-context'
import { useAction } from '../../shared/use-action'

interface Preview {
  fileName: string
  read: Read
}

/**
 * 问题台账 from Excel for the whole year (every unit at once): the template to fill from the
 * 通报 and 警示片, and the import with a preview of every problem; nothing is written until
 * 确认导入, and then the whole file in one transaction.
 */
export function LedgerImportButtons({ locked }: { locked: boolean }) {
  const { db, session } = useStore()
  const { year } = useCurrentYear()
  const notify = useNotify()
  const { run, busy } = useAction()
  const [preview, setPreview] = useState<Preview | null>(null)
  if (!year) return null

  const activeUnits = async () =>
    (await listUnits(db, year.id))
      .filter((u) => !u.retired)
      .map((u) => ({ id: u.id, name: u.name }))

  const download = async () => {
    const units = await activeUnits()
    await saveWorkbook(notify, {
      fileName: `${year.year}年度问题台账模板.xlsx`,
      write: () => writeLedgerTemplate({ year: year.year, unitNames: units.map((u) => u.name) }),
      failed: '未能生成台账模板',
      done: { title: '已生成问题台账模板', message: '填好后点“从 Excel 导入台账”' },
    })
  }

  const pick = async () => {
    const [file] = await openWorkbooks(notify, { multiple: false })
    if (!file) return
    const [units, known] = await Promise.all([activeUnits(), listLedger(db, year.id)])
    setPreview({ fileName: file.name, read: readLedgerWorkbook(file, units, known) })
  }

  const confirm = async (p: Preview) => {
    const saved = await run(
      () => importLedgerEntries(session, year.id, p.fileName, p.read.rows),
      (rows) => ({ title: `已导入问题台账：${rows.length} 个问题` }),
    )
    if (saved) setPreview(null)
  }

  return (
    <>
      <Button size="compact-xs" variant="default" onClick={() => void download()}>
        下载台账模板
      </Button>
      <Button size="compact-xs" variant="default" disabled={locked} onClick={() => void pick()}>
        从 Excel 导入台账……
      </Button>
      {preview ? (
        <LedgerPreviewModal
          preview={preview}
          busy={busy}
          onConfirm={() => void confirm(preview)}
          onClose={() => setPreview(null)}
        />
      ) : null}
    </>
  )
}

function LedgerPreviewModal(props: {
  preview: Preview
  busy: boolean
  onConfirm: () => void
  onClose: () => void
}) {
  const { preview, busy, onConfirm, onClose } = props
  const { read } = preview
  const errors = read.problems.filter((p) => p.severity === 'error')
  return (
    <Modal
      opened
      onClose={onClose}
      title={`从 Excel 导入问题台账：${preview.fileName}`}
      size="72rem"
      data-testid="ledger-import-preview"
    >
      <Stack gap="sm">
        {errors.length > 0 ? (
          <Alert
            color="red"
            title={`文件有 ${errors.length} 处问题，台账没有任何改动`}
            data-testid="ledger-import-errors"
          >
            <Stack gap={2}>
              {errors.map((p, i) => (
                <Text size="sm" key={i}>
                  {formatProblem(p)}
                </Text>
              ))}
            </Stack>
            <Text size="xs" c="dimmed" mt={6}>
              请在 Excel 中改正以上各处后重新导入。
            </Text>
          </Alert>
        ) : null}
        {read.rows.length > 0 ? (
          <ScrollArea.Autosize mah="55vh">
            <Table striped withTableBorder fz="xs" data-testid="ledger-import-rows">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>行</Table.Th>
                  <Table.Th>单位</Table.Th>
                  <Table.Th>问题类别</Table.Th>
                  <Table.Th ta="right">扣分</Table.Th>
                  <Table.Th>通报日期</Table.Th>
                  <Table.Th>来源文件</Table.Th>
                  <Table.Th>问题描述</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {read.rows.map((r) => (
                  <Table.Tr key={r.row}>
                    <Table.Td>{r.row}</Table.Td>
                    <Table.Td>{r.unitName}</Table.Td>
                    <Table.Td>{LEDGER_KIND_INFO[r.kind].label}</Table.Td>
                    <Table.Td ta="right">-{formatPoints(r.points)}</Table.Td>
                    <Table.Td>{r.date}</Table.Td>
                    <Table.Td>{r.source}</Table.Td>
                    <Table.Td>{r.description}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {read.ok ? '取消' : '关闭'}
          </Button>
          {read.ok ? (
            <Button onClick={onConfirm} loading={busy}>
              确认导入（{read.rows.length} 个问题，共扣 {formatPoints(total(read))} 分）
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Modal>
  )
}

const total = (read: Read) => read.rows.reduce((s, r) => s + r.points, 0)
