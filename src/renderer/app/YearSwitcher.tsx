import { NativeSelect } from '@mantine/core'
import { useCurrentYear } from '../shared/current-year'

/** The year being worked on, switchable from any page. */
export function YearSwitcher() {
  const { years, year, select } = useCurrentYear()
  if (!years || years.length === 0 || !year) return null
  return (
    <NativeSelect
      aria-label="当前年度"
      size="xs"
      w={340}
      value={year.id}
      onChange={(e) => select(e.currentTarget.value)}
      data={years.map((y) => ({ value: y.id, label: `${y.title}${y.locked ? '（已锁定）' : ''}` }))}
    />
  )
}
