import { Component, type ErrorInfo, type ReactNode } from 'react'
import { ErrorPage } from './ErrorPage'
import { logError } from './log-error'

interface Props {
  children: ReactNode
  /** Called when the person chooses 返回首页, before the children are rendered again. */
  onBack: () => void
}

interface State {
  error: unknown
  failed: boolean
}

/** Catches errors thrown while rendering, so a broken page never leaves a blank window. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, failed: false }

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    void logError(
      error,
      `页面渲染${info.componentStack ? `：${info.componentStack.trim().split('\n')[0]}` : ''}`,
    )
  }

  private back = () => {
    this.props.onBack()
    this.setState({ error: null, failed: false })
  }

  override render() {
    if (this.state.failed) {
      return <ErrorPage error={this.state.error} source="页面渲染" onBack={this.back} />
    }
    return this.props.children
  }
}
