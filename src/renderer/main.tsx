import '@mantine/core/styles.css'
import './app/global.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { installGlobalErrorHandlers } from './errors/global-errors'

// Handlers go in before React renders, so an error thrown while starting is still caught.
installGlobalErrorHandlers()

const root = document.getElementById('root')
if (!root) throw new Error('页面缺少 #root 元素')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
