import { Alert, Button } from '@mantine/core'

/** Pages that work on a year, before any year exists. */
export function NoYearNotice() {
  return (
    <Alert color="blue" title="还没有考评年度" data-testid="no-year">
      请先在“年度设置”中建立一个考评年度（可以从示例年度开始）。
      <div>
        <Button component="a" href="#/year" size="compact-sm" mt="xs" variant="light">
          去建立年度
        </Button>
      </div>
    </Alert>
  )
}
