import { platform } from '@platform'
import { Button, Group, Paper, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { PackagePreviewPanel, type RestoreChoice } from './PackagePreviewPanel'
import { backupIfDue, countYears, type YearRow } from '../../../db'
import {
  exportAllYearsText,
  previewPackage,
  restoreAllAsNew,
  restorePackageAsNew,
  restorePackageReplace,
  type PackagePreview,
} from '../../../db'
import { useConfirm } from '../../shared/confirm'
import { useNotify } from '../../shared/notify'
import { backupTarget } from '../../shared/backup-target'
import { useCurrentYear } from '../../shared/current-year'
import { useStore } from '../../shared/store-context'
import { useAction } from '../../shared/use-action'

export interface Loaded {
  source: string
  text: string
  preview: PackagePreview
}

/** Reads a file as UTF-8 text; a file that is not text is refused by the preview. */
export function load(source: string, text: string): Loaded {
  return { source, text, preview: previewPackage(text) }
}

/**
 * Restore: pick a file (or a backup), see what it holds, then add it as a new year or replace
 * the current one. The current data is backed up first, so a restore can itself be undone.
 */
export function RestorePanel({
  loaded,
  setLoaded,
}: {
  loaded: Loaded | null
  setLoaded: (l: Loaded | null) => void
}) {
  const { db, session, endRecovery } = useStore()
  const { year, select } = useCurrentYear()
  const confirm = useConfirm()
  const notify = useNotify()
  const { run, busy } = useAction()
  const [opening, setOpening] = useState(false)

  const pick = async () => {
    setOpening(true)
    const r = await platform.openFiles({
      filters: [{ name: '考评通数据', extensions: ['kpt', 'json'] }],
    })
    setOpening(false)
    if (!r.ok) return notify({ kind: 'error', title: '未能读取文件', message: r.error.message })
    const file = r.value[0]
    if (!file) return
    setLoaded(load(file.name, new TextDecoder('utf-8').decode(file.data)))
  }

  // The backup before a restore: nothing to back up in an empty store.
  const backupFirst = async (): Promise<string | null> => {
    if ((await countYears(db)) === 0) return null
    const done = await backupIfDue(db, backupTarget, 'before-restore', exportAllYearsText)
    return done?.name ?? null
  }

  const restore = async ({ index, mode }: RestoreChoice) => {
    if (!loaded) return
    const current: YearRow | null = year
    if (mode === 'replace') {
      if (!current) return
      const ok = await confirm({
        title: `替换${current.title}`,
        message: `${current.title}的全部数据将被文件中的年度替换。替换前会先备份本机数据，可从备份恢复。`,
        confirmLabel: '替换',
        danger: true,
      })
      if (ok === null) return
    }
    const result = await run(
      async () => {
        const backup = await backupFirst()
        const row =
          mode === 'replace' && current
            ? (await restorePackageReplace(session, current.id, loaded.text, index)).year
            : await restorePackageAsNew(session, loaded.text, index)
        return { row, backup }
      },
      ({ row, backup }) => ({
        title: `已恢复 1 个年度：${row.title}（${mode === 'replace' ? '替换' : '新年度'}）`,
        message: backup ? `恢复前的数据已备份为 ${backup}` : undefined,
      }),
    )
    if (result) {
      select(result.row.id)
      setLoaded(null)
      endRecovery?.()
    }
  }

  const restoreAll = async () => {
    if (!loaded) return
    const result = await run(
      async () => ({
        backup: await backupFirst(),
        rows: await restoreAllAsNew(session, loaded.text),
      }),
      ({ rows, backup }) => ({
        title: `已恢复 ${rows.length} 个年度`,
        message: backup ? `恢复前的数据已备份为 ${backup}` : undefined,
      }),
    )
    if (result?.rows[0]) {
      select(result.rows[0].id)
      setLoaded(null)
      endRecovery?.()
    }
  }

  return (
    <Paper withBorder p="sm">
      <Title order={3} fz={15} mb={4}>
        从数据包恢复
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        先预览文件内容，确认后作为新年度加入或替换当前年度；要么全部恢复，要么不作任何改动。
      </Text>
      <Group>
        <Button variant="default" loading={opening} onClick={() => void pick()}>
          选择数据文件…
        </Button>
      </Group>
      {loaded ? (
        <div style={{ marginTop: 12 }}>
          <PackagePreviewPanel
            source={loaded.source}
            preview={loaded.preview}
            replaceTarget={year && !year.locked ? year : null}
            busy={busy}
            onRestore={(c) => void restore(c)}
            onRestoreAll={() => void restoreAll()}
            onClose={() => setLoaded(null)}
          />
        </div>
      ) : null}
    </Paper>
  )
}
