/**
 * Every refusal in the score grid and its paste report reads the same way: the item's code, a
 * colon, what is wrong and what to do — `1.2：得分 12.00 超过满分 10.00`,
 * `1.3：评分与自评不同，请填写理由`. No closing 。, so a refusal can stand in a list or in a cell.
 * Messages from the domain or the store that already start with the code, or end with 。, are
 * brought to this form rather than doubled.
 */
export function refusal(code: string, problem: string): string {
  let text = problem.trim()
  if (text.startsWith(code)) text = text.slice(code.length).replace(/^\s*[：:]\s*/, '')
  return `${code}：${text.replace(/[。.\s]+$/, '')}`
}
