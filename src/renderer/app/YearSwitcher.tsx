import { NativeSelect } from '@mantine/core'
import { useCurrentYear } from '../shared/current-year'

const label = (y: { title: string; locked: boolean }) =>
  `${y.title}${y.locked ? '（已审定锁定）' : ''}`

/**
 * The year being worked on, switchable from any page. The select is as wide as its longest
 * title (up to most of the header), so an approved year's title is read whole, with its state.
 */
export function YearSwitcher() {
  const { years, year, select } = useCurrentYear()
  if (!years || years.length === 0 || !year) return null
  return (
    <NativeSelect
      aria-label="当前年度"
      size="xs"
      miw={200}
      maw={620}
      title={label(year)}
      value={year.id}
      onChange={(e) => select(e.currentTarget.value)}
      data={years.map((y) => ({ value: y.id, label: label(y) }))}
    />
  )
}
