import { platform } from '@platform'
import { useState } from 'react'
import { FONT_ROLE_LABELS, type FontFile, type FontRole } from '../../../documents/options'
import type { useAction } from '../../shared/use-action'

/** Font files the user pointed a role at (e.g. the office's own 仿宋 for 正文), for this visit. */
export function usePickedFonts(run: ReturnType<typeof useAction>['run']) {
  const [picked, setPicked] = useState<FontFile[]>([])
  const [overrides, setOverrides] = useState<Partial<Record<FontRole, string>>>({})

  const pickFont = (role: FontRole) =>
    run(
      async () => {
        const r = await platform.openFiles({
          filters: [{ name: '字体文件', extensions: ['ttf', 'otf', 'ttc'] }],
        })
        if (!r.ok) throw new Error(r.error.message)
        return r.value[0] ?? null
      },
      (f) => {
        if (!f) return { title: '已取消' }
        const id = `user:${f.name}`
        setPicked((p) => [
          ...p.filter((x) => x.id !== id),
          { id, label: f.name, bytes: f.data, suits: [role], official: true },
        ])
        setOverrides((o) => ({ ...o, [role]: id }))
        return { title: `${FONT_ROLE_LABELS[role]}改用 ${f.name}` }
      },
    )

  return { picked, overrides, pickFont }
}
