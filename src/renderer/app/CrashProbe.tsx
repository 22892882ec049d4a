/**
 * Throws while rendering, so the end-to-end test can show that a renderer crash lands on the
 * Chinese error page. Routed only in the `e2e` build mode (see app/route-page.tsx); production
 * builds do not contain the route.
 */
export function CrashProbe(): never {
  throw new Error('测试用的渲染错误（仅在端到端测试构建中存在）')
}
