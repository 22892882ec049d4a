import { NativeSelect } from '@mantine/core'
import type { UnitRow } from '../../db'
import { SEQUENCES } from './labels'

/** The 被考评单位 picker of the scoring and re-check pages: units grouped by sequence. */
export function UnitSelect({
  units,
  value,
  onChange,
}: {
  units: readonly UnitRow[]
  value: string
  onChange: (unitId: string) => void
}) {
  return (
    <NativeSelect
      label="被考评单位"
      size="xs"
      w={220}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
    >
      {SEQUENCES.map((s) => (
        <optgroup key={s.id} label={s.label}>
          {units
            .filter((u) => u.sequence === s.id)
            .map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
        </optgroup>
      ))}
    </NativeSelect>
  )
}
