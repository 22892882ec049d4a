import { MantineProvider } from '@mantine/core'
import { useEffect, useState } from 'react'
import { AppLayout } from './AppLayout'
import { ConfirmProvider } from '../shared/confirm'
import { NotificationsProvider } from '../shared/notify'
import { StoreGate } from './StoreGate'
import { BackupScheduler } from './BackupScheduler'
import { CurrentYearProvider } from '../shared/current-year'
import { YearSwitcher } from './YearSwitcher'
import { theme } from './theme'
import { ErrorBoundary } from '../errors/ErrorBoundary'
import { ErrorPage } from '../errors/ErrorPage'
import { clearError, subscribeErrors, type CaughtError } from '../errors/global-errors'
import { DEFAULT_SECTION } from '../navigation/sections'
import { useHashRoute } from '../navigation/use-hash-route'
import { RoutePage, resolveSection } from './route-page'

export function App() {
  const [path, navigate] = useHashRoute()
  const [caught, setCaught] = useState<CaughtError | null>(null)

  useEffect(() => subscribeErrors(setCaught), [])

  const goHome = () => {
    clearError()
    navigate(DEFAULT_SECTION)
  }

  return (
    <MantineProvider theme={theme} forceColorScheme="light">
      {caught ? (
        <ErrorPage error={caught.error} source={caught.source} onBack={goHome} />
      ) : (
        <ErrorBoundary onBack={goHome}>
          <NotificationsProvider>
            <ConfirmProvider>
              <StoreGate>
                <CurrentYearProvider>
                  <BackupScheduler />
                  <AppLayout
                    activeId={resolveSection(path).id}
                    onNavigate={navigate}
                    status={<YearSwitcher />}
                  >
                    <ErrorBoundary key={path} onBack={goHome}>
                      <RoutePage path={path} />
                    </ErrorBoundary>
                  </AppLayout>
                </CurrentYearProvider>
              </StoreGate>
            </ConfirmProvider>
          </NotificationsProvider>
        </ErrorBoundary>
      )}
    </MantineProvider>
  )
}
