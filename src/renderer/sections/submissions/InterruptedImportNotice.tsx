import { Alert, Button, Group, Text } from '@mantine/core'
import { clearImportBatch } from '../../../db'
import { useStore } from '../../shared/store-context'
import { formatTime } from '../../shared/labels'
import { usePendingImport } from './use-submissions-data'

const LISTED = 5

/**
 * An import that a reload or a closed window cut off, said the next time the page opens: which
 * batch, and that none of it was stored (the store write that lands a batch clears the mark).
 * Hidden while this page is importing, when the mark is its own.
 */
export function InterruptedImportNotice({
  yearId,
  importing,
}: {
  yearId: string
  importing: boolean
}) {
  const { db } = useStore()
  const pending = usePendingImport(db, yearId)
  if (importing || !pending) return null
  const n = pending.fileNames.length
  const names = pending.fileNames.slice(0, LISTED).join('、') + (n > LISTED ? ` 等` : '')
  return (
    <Alert
      color="orange"
      title="上次导入没有完成，这一批没有存入任何内容"
      data-testid="interrupted-import"
    >
      <Text size="sm">
        {formatTime(pending.startedAt)} {pending.startedBy}导入的 {n} 个报回文件（{names}
        ）在存入前被中断（页面刷新或窗口关闭）。这一批的文件一个也没有导入，各单位的状态和版本都没有改变；请重新导入这些文件。
      </Text>
      <Group justify="flex-end" mt="xs">
        <Button size="xs" variant="default" onClick={() => void clearImportBatch(db, yearId)}>
          知道了
        </Button>
      </Group>
    </Alert>
  )
}
