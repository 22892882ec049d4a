import { Checkbox, Group, Paper, SegmentedControl, Stack, TextInput, Textarea } from '@mantine/core'
import {
  SIGNATURE_LAYOUTS,
  SIGNATURE_LAYOUT_LABELS,
  type DocumentSetOptions,
} from '../../../documents/options'

/** The fields of 文件输出 that go into the documents: 通报, 约谈名单, 评分表 and 警示函. */
export function DocumentOptionsForm({
  opts,
  onChange,
}: {
  opts: DocumentSetOptions
  onChange: (next: DocumentSetOptions) => void
}) {
  const set = (patch: Partial<DocumentSetOptions['notice']>) =>
    onChange({ ...opts, notice: { ...opts.notice, ...patch } })
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <TextInput
          label="发文字号"
          value={opts.notice.docNumber}
          onChange={(e) => set({ docNumber: e.currentTarget.value })}
        />
        <TextInput
          label="标题"
          value={opts.notice.title}
          onChange={(e) => set({ title: e.currentTarget.value })}
        />
        <TextInput
          label="主送机关"
          value={opts.notice.recipients}
          onChange={(e) => set({ recipients: e.currentTarget.value })}
        />
        <Group grow>
          <TextInput
            label="成文日期"
            type="date"
            value={opts.notice.date}
            onChange={(e) => set({ date: e.currentTarget.value })}
          />
          <TextInput
            label="印发日期"
            type="date"
            value={opts.notice.printDate}
            onChange={(e) => set({ printDate: e.currentTarget.value })}
          />
        </Group>
        <TextInput
          label="整改期限"
          value={opts.notice.rectifyBy}
          onChange={(e) => set({ rectifyBy: e.currentTarget.value })}
        />
        <SegmentedControl
          aria-label="署名方式"
          value={opts.notice.signature}
          onChange={(v) => {
            const signature = v as DocumentSetOptions['notice']['signature']
            onChange({
              ...opts,
              notice: { ...opts.notice, signature },
              warning: { ...opts.warning, signature },
            })
          }}
          data={SIGNATURE_LAYOUTS.map((value) => ({
            value,
            label: SIGNATURE_LAYOUT_LABELS[value],
          }))}
        />
        <Group grow>
          <TextInput
            label="通报引用的考评办法"
            value={opts.notice.rulesName}
            onChange={(e) => set({ rulesName: e.currentTarget.value })}
          />
          <TextInput
            label="考评办法文号"
            placeholder="如 云委办发〔2024〕5号，留空则不写"
            value={opts.notice.rulesDocNumber}
            onChange={(e) => set({ rulesDocNumber: e.currentTarget.value })}
          />
        </Group>
        <Group grow>
          <TextInput
            label="警示函发函机关"
            value={opts.warning.issuer}
            onChange={(e) =>
              onChange({ ...opts, warning: { ...opts.warning, issuer: e.currentTarget.value } })
            }
          />
          <TextInput
            label="警示函发文字号"
            value={opts.warning.docNumber}
            onChange={(e) =>
              onChange({ ...opts, warning: { ...opts.warning, docNumber: e.currentTarget.value } })
            }
          />
        </Group>
        <Textarea
          label="抄送（每行一个）"
          autosize
          minRows={2}
          value={opts.notice.cc.join('\n')}
          onChange={(e) => set({ cc: e.currentTarget.value.split('\n').filter((s) => s.trim()) })}
        />
        <Group grow>
          {(['interviewer', 'time', 'place'] as const).map((k) => (
            <TextInput
              key={k}
              label={{ interviewer: '约谈人', time: '约谈时间', place: '约谈地点' }[k]}
              placeholder="留空则手写"
              value={opts.interview[k]}
              onChange={(e) =>
                onChange({
                  ...opts,
                  interview: { ...opts.interview, [k]: e.currentTarget.value },
                })
              }
            />
          ))}
        </Group>
        <Checkbox
          label="考评评分表每个单位一个文件"
          checked={opts.scoreSheetPerUnit}
          onChange={(e) => onChange({ ...opts, scoreSheetPerUnit: e.currentTarget.checked })}
        />
        <Textarea
          label="通报正文模板（{{占位符}}，每行一段）"
          autosize
          minRows={6}
          maxRows={14}
          value={opts.notice.template}
          onChange={(e) => set({ template: e.currentTarget.value })}
        />
      </Stack>
    </Paper>
  )
}
