import { Alert, Badge, Button, Paper, Table, Text } from '@mantine/core'
import {
  FONT_ROLES,
  FONT_ROLE_LABELS,
  SUBSTITUTE_NOTES,
  type FontRole,
  type RoleReport,
} from '../../../documents/options'

/**
 * The font serving each role (标题, 正文, 黑体, 楷体), substitutes marked, with a way to point a
 * role at a font file; below, fonts that could not be read and characters no font can draw.
 */
export function FontRolesPanel({
  report,
  notes,
  missing,
  onPick,
}: {
  report: RoleReport[] | null
  notes: string[]
  missing: string[]
  onPick: (role: FontRole) => void
}) {
  return (
    <Paper withBorder p="sm">
      <Table>
        <Table.Tbody>
          {FONT_ROLES.map((role) => {
            const r = report?.find((x) => x.role === role)
            return (
              <Table.Tr key={role}>
                <Table.Td>{FONT_ROLE_LABELS[role]}</Table.Td>
                <Table.Td>
                  {r?.fontLabel ?? '—'}{' '}
                  {r?.substitute ? <Badge color="yellow">替代字体</Badge> : null}
                  {r?.substitute ? (
                    <Text size="xs" c="dimmed">
                      {SUBSTITUTE_NOTES[role]}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="light" onClick={() => onPick(role)}>
                    指定字体文件
                  </Button>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
      {notes.map((n) => (
        <Alert key={n} color="yellow" py={4} mt={4}>
          {n}
        </Alert>
      ))}
      {missing.length > 0 ? (
        <Alert color="red" py={4} mt={4}>
          以下字符没有任何字体能显示：{missing.join(' ')}
          ，请指定含这些字的字体文件。
        </Alert>
      ) : null}
    </Paper>
  )
}
