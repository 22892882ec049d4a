import { useEffect, useMemo, useState } from 'react'
import { loadYearPackage, type AssessmentDB } from '../../../db'
import type { DocumentSetOptions, FontFile, FontRole, RoleReport } from '../../../documents/options'
import { documentsClient } from '../../workers/documents-client'
import { appFontsInWorker } from '../../shared/app-fonts'

/**
 * The app's PDF worker as 文件输出 uses it: started when the page opens (unless 使用说明 started
 * it before), sent the fonts (again whenever the user points a role at another file), and warmed with the 通报 of the year as
 * first filled in, so that 生成并预览 is answered from what the worker already made.
 */
export function usePdfWorker(
  db: AssessmentDB,
  yearId: string | undefined,
  options: DocumentSetOptions | null,
  picked: FontFile[],
  overrides: Partial<Record<FontRole, string>>,
) {
  const client = useMemo(() => documentsClient(), [])
  const [report, setReport] = useState<RoleReport[] | null>(null)
  const [notes, setNotes] = useState<string[]>([])

  useEffect(() => {
    let alive = true
    setReport(null)
    void appFontsInWorker(client, picked, overrides).then(({ report: r, notes }) => {
      if (!alive) return
      setNotes(r.ok ? notes : [...notes, r.error.message])
      setReport(r.ok ? r.value : null)
    })
    return () => {
      alive = false
    }
  }, [client, picked, overrides])

  // Once per visit, when fonts and fields are first ready. The worker's first document is its
  // slowest (fonts decoded, pdfmake's code not yet optimised); made now, while the user reads
  // the fields, and kept by the worker, a preview of unchanged fields is there at once.
  const ready = report !== null && options !== null
  const [warmed, setWarmed] = useState(false)
  useEffect(() => {
    if (!ready || warmed || !yearId || !options) return
    setWarmed(true)
    void loadYearPackage(db, yearId).then((pkg) => client.generate('notice', pkg, options))
  }, [ready, warmed, db, yearId, options, client])

  return { client, report, notes }
}
