import { Button, Group } from '@mantine/core'
import type { ReportLine } from './import-returned'

/**
 * A held file (its title or name names another unit than its hidden record): the office has
 * asked the unit and either imports it as the unit it was made for, or drops it.
 */
export function HeldFileButtons({
  line,
  busy,
  onConfirm,
  onDiscard,
}: {
  line: ReportLine
  busy: boolean
  onConfirm: () => void
  onDiscard: () => void
}) {
  return (
    <Group gap={6} mt={4}>
      <Button size="compact-xs" color="orange" onClick={onConfirm} disabled={busy}>
        确认按 {line.unit} 导入
      </Button>
      <Button size="compact-xs" variant="default" onClick={onDiscard} disabled={busy}>
        放弃这个文件
      </Button>
    </Group>
  )
}
