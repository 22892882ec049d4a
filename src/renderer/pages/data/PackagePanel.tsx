import { Alert, List } from '@mantine/core'

/**
 * Export and restore of year packages. The package format (with its checksum) belongs to the
 * domain core and the restore transaction to the store; neither exists yet, so this panel says
 * what will come instead of offering buttons that cannot work.
 */
export function PackagePanel() {
  return (
    <Alert color="gray" title="数据包导出与恢复（尚在建设中）" data-testid="planned-notice">
      <List size="sm" spacing={2}>
        <List.Item>将当前年度或全部年度导出为一个带校验值的数据包文件</List.Item>
        <List.Item>
          从数据包恢复：先预览内容，确认后替换或作为新年度加入；恢复前先备份现有数据
        </List.Item>
        <List.Item>自动备份列表（每 15 分钟、关闭时、升级前）</List.Item>
      </List>
    </Alert>
  )
}
