import { useLiveQuery } from 'dexie-react-hooks'
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import { useStore } from './store-context'
import { listYears, type YearRow } from '../../db'

/**
 * The year being worked on. Every page shows one year; the choice is remembered on this PC
 * (outside the database, like a window position), and falls back to the newest year.
 */
interface CurrentYear {
  years: YearRow[] | undefined
  year: YearRow | null
  select: (yearId: string) => void
}

const KEY = 'kaopingtong.currentYear'
const CurrentYearContext = createContext<CurrentYear | null>(null)

export function CurrentYearProvider({ children }: { children: ReactNode }) {
  const { db } = useStore()
  const years = useLiveQuery(() => listYears(db), [db])
  const [chosen, setChosen] = useState<string | null>(() => window.localStorage.getItem(KEY))

  const select = useCallback((yearId: string) => {
    window.localStorage.setItem(KEY, yearId)
    setChosen(yearId)
  }, [])

  const year = useMemo(() => {
    if (!years || years.length === 0) return null
    return years.find((y) => y.id === chosen) ?? years[0] ?? null
  }, [years, chosen])

  const value = useMemo(() => ({ years, year, select }), [years, year, select])
  return <CurrentYearContext.Provider value={value}>{children}</CurrentYearContext.Provider>
}

export function useCurrentYear(): CurrentYear {
  const v = useContext(CurrentYearContext)
  if (!v) throw new Error('useCurrentYear 须在 CurrentYearProvider 之内使用')
  return v
}
