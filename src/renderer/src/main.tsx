import './csp-safe-zod'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { FacadeProvider } from './bridge/facade-context'
import { getFacade } from './bridge/get-facade'
import './styles.css'

// Entry point: pick the facade (Electron preload or browser-mode bridge) and mount the console.
const container = document.getElementById('root')
if (!container) throw new Error('index.html is missing #root')
createRoot(container).render(
  <StrictMode>
    <FacadeProvider facade={getFacade()}>
      <App />
    </FacadeProvider>
  </StrictMode>
)
