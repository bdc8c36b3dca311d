import './csp-safe-zod'
import './styles.css'
import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { HashRouter } from 'react-router'
import { App } from './App'
import { FacadeProvider } from './bridge/facade-context'
import { getFacade } from './bridge/get-facade'
import { createQueryClient } from './query/query-client'
import { applyStoredTheme } from './theme/apply-theme'

// Entry point: pick the facade (Electron preload or browser-mode bridge), apply the theme, mount the console.
const container = document.getElementById('root')
if (!container) throw new Error('index.html is missing #root')
applyStoredTheme()
const facade = getFacade()
createRoot(container).render(
  <StrictMode>
    <FacadeProvider facade={facade}>
      <QueryClientProvider client={createQueryClient()}>
        <HashRouter>
          <App />
        </HashRouter>
      </QueryClientProvider>
    </FacadeProvider>
  </StrictMode>
)
