import { platform } from '@platform'
import { useEffect, useState } from 'react'
import { loadYearPackage, type AssessmentDB } from '../../../db'
import type { DocumentSetOptions, OutputFile } from '../../../documents/options'
import { plainFileName } from '../../shared/save-workbook'
import type { useAction } from '../../shared/use-action'
import type { DocumentsClient } from '../../workers/documents-client'

export type Kind = 'notice' | 'set'

/**
 * Making the documents and what follows: the progress while the worker lays them out, the
 * first file previewed (the PDF itself, from a blob URL freed when replaced or left), saving
 * all of them to a folder, printing the preview.
 */
export function useDocumentOutput(
  db: AssessmentDB,
  client: DocumentsClient,
  run: ReturnType<typeof useAction>['run'],
) {
  const [progress, setProgress] = useState<{ done: number; total: number; file: string } | null>(
    null,
  )
  const [preview, setPreview] = useState<{ url: string; file: OutputFile } | null>(null)
  const [generated, setGenerated] = useState<OutputFile[]>([])
  const [missing, setMissing] = useState<string[]>([])

  useEffect(() => () => (preview ? URL.revokeObjectURL(preview.url) : undefined), [preview])

  const generate = (kind: Kind, yearId: string, options: DocumentSetOptions) =>
    run(
      async () => {
        const pkg = await loadYearPackage(db, yearId)
        setProgress({ done: 0, total: 1, file: '' })
        try {
          const r = await client.generate(kind, pkg, options, (done, total, file) =>
            setProgress({ done, total, file }),
          )
          if (!r.ok) throw new Error(r.error.message)
          return r.value
        } finally {
          setProgress(null)
        }
      },
      ({ files, missing, cached }) => {
        const first = files[0]!
        const url = URL.createObjectURL(
          new Blob([first.bytes.slice()], { type: 'application/pdf' }),
        )
        setPreview({ url, file: first })
        setGenerated(files)
        setMissing(missing)
        return cached
          ? {
              title: `已生成 ${files.length} 个文件`,
              message: '数据和选项未变，沿用刚才生成的文件',
            }
          : { title: `已生成 ${files.length} 个文件` }
      },
    )

  /** The browser build saves the set as one .zip named after the year (see platform). */
  const save = (yearTitle: string) =>
    run(
      async () =>
        platform.saveFilesToFolder({
          title: '选择保存文件的文件夹',
          files: generated.map((f) => ({ name: f.name, data: f.bytes })),
          zipName: plainFileName(`${yearTitle}考评文件.zip`),
        }),
      (r) =>
        r.ok && r.value.saved
          ? { title: `已保存 ${r.value.count} 个文件`, message: `保存在${r.value.folder ?? ''}` }
          : { title: '未保存' },
    )

  const print = () =>
    (
      document.getElementById('documents-preview') as HTMLIFrameElement | null
    )?.contentWindow?.print()

  return { progress, preview, generated, missing, generate, save, print }
}
