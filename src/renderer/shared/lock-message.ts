/** What every refused edit of an approved year says, wherever it was tried. */
export function lockMessage(yearTitle: string): string {
  return `${yearTitle}已审定锁定，不能修改。如确需修改，请先在“审定”中填写理由解除锁定。`
}
