import { useEffect, useState } from 'react'
import { loadYearPackage, type AssessmentDB } from '../../../db'
import { defaultDocumentOptions, type DocumentSetOptions } from '../../../documents/options'

/** The fields of the documents, first filled from the year's data (发文字号, 日期, 抄送 …). */
export function useDocumentOptions(db: AssessmentDB, yearId: string | undefined) {
  const [options, setOptions] = useState<DocumentSetOptions | null>(null)
  useEffect(() => {
    if (!yearId) return
    let alive = true
    void loadYearPackage(db, yearId).then((pkg) => {
      if (alive) setOptions(defaultDocumentOptions(pkg))
    })
    return () => {
      alive = false
    }
  }, [db, yearId])
  return [options, setOptions] as const
}
