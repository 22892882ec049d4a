/**
 * What the recovery screen tells the office to do next. It names only what the screen offers:
 * the “从备份恢复” button exists only when the store opened (it looked emptier than before);
 * when the store cannot be opened at all, nothing can be restored from inside the app yet.
 */
export function recoveryAdvice(code: string, canRecover: boolean): string {
  if (canRecover) {
    return (
      '自动备份保存在本机的备份文件夹中，点“从备份恢复”可逐一预览后恢复；' +
      '也可以恢复从其他电脑导出的数据文件（.kpt）。恢复之前，本机现有数据不会被改动。'
    )
  }
  const first =
    code === 'db-newer'
      ? '请改用写入这些数据的较新版本考评通打开本机数据。'
      : '请按上面的提示处理后点“重新加载”。'
  return (
    `${first}本机现有数据没有被改动，自动备份仍保存在本机的备份文件夹中；` +
    '本机数据能够打开后，可在“数据与备份”中从备份或从其他电脑导出的数据文件（.kpt）恢复。'
  )
}
