import { ActionIcon, Button, Group, Paper, Table, Text, TextInput, Textarea } from '@mantine/core'
import { formatPoints } from '../../../domain'
import { categoryTotal, newKey, type DraftCategory, type DraftItem } from './sheet-draft'

interface Props {
  index: number
  category: DraftCategory
  onChange: (next: DraftCategory) => void
  onRemove: () => void
}

/** One 一级指标 and its 考评内容 as an editable table. */
export function CategoryEditor({ index, category, onChange, onRemove }: Props) {
  const n = index + 1
  const setItem = (key: string, next: Partial<DraftItem>) =>
    onChange({
      ...category,
      items: category.items.map((i) => (i.key === key ? { ...i, ...next } : i)),
    })
  const addItem = () =>
    onChange({
      ...category,
      items: [
        ...category.items,
        { key: newKey(), code: '', title: '', max: '', standard: '', step: '' },
      ],
    })

  return (
    <Paper withBorder p="xs" data-testid={`category-${n}`}>
      <Group gap="xs" mb={6} wrap="nowrap">
        <Text fw={600} size="sm" w={24}>
          {n}.
        </Text>
        <TextInput
          aria-label={`一级指标 ${n} 名称`}
          placeholder="一级指标名称，如 加强组织领导情况"
          value={category.title}
          onChange={(e) => onChange({ ...category, title: e.currentTarget.value })}
          style={{ flex: 1 }}
          size="xs"
        />
        <Text size="sm" c="dimmed" w={110} ta="right" data-testid="category-total">
          小计 {formatPoints(categoryTotal(category))} 分
        </Text>
        <Button size="compact-xs" variant="subtle" color="red" onClick={onRemove}>
          删去此指标
        </Button>
      </Group>
      <Table fz="xs" verticalSpacing={2}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>编号</Table.Th>
            <Table.Th>考评内容</Table.Th>
            <Table.Th w={76}>分值</Table.Th>
            <Table.Th>评分标准</Table.Th>
            <Table.Th w={76}>扣分步长</Table.Th>
            <Table.Th w={30} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {category.items.map((i, ii) => {
            const label = `${n}-${ii + 1}`
            return (
              <Table.Tr key={i.key}>
                <Table.Td>
                  <TextInput
                    size="xs"
                    aria-label={`第 ${label} 项编号`}
                    value={i.code}
                    onChange={(e) => setItem(i.key, { code: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <Textarea
                    size="xs"
                    autosize
                    minRows={1}
                    aria-label={`第 ${label} 项考评内容`}
                    value={i.title}
                    onChange={(e) => setItem(i.key, { title: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    aria-label={`第 ${label} 项分值`}
                    value={i.max}
                    onChange={(e) => setItem(i.key, { max: e.currentTarget.value })}
                    inputMode="decimal"
                  />
                </Table.Td>
                <Table.Td>
                  <Textarea
                    size="xs"
                    autosize
                    minRows={1}
                    aria-label={`第 ${label} 项评分标准`}
                    value={i.standard}
                    onChange={(e) => setItem(i.key, { standard: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    aria-label={`第 ${label} 项扣分步长`}
                    placeholder="无"
                    value={i.step}
                    onChange={(e) => setItem(i.key, { step: e.currentTarget.value })}
                    inputMode="decimal"
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="sm"
                    aria-label={`删去第 ${label} 项`}
                    onClick={() =>
                      onChange({
                        ...category,
                        items: category.items.filter((x) => x.key !== i.key),
                      })
                    }
                  >
                    ✕
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
      <Button size="compact-xs" variant="light" mt={6} onClick={addItem}>
        添加考评内容
      </Button>
    </Paper>
  )
}
