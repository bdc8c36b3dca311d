import { createContext, useContext, type ReactNode } from 'react'
import type { ColdsendFacade } from '../../../shared/contract/facade'

const FacadeContext = createContext<ColdsendFacade | null>(null)

/** Puts the facade in context so screens get it from one place and tests can inject a fake. */
export function FacadeProvider({ facade, children }: { facade: ColdsendFacade; children?: ReactNode }) {
  return <FacadeContext.Provider value={facade}>{children}</FacadeContext.Provider>
}

/** The facade the app was started with; a missing provider is a programming error. */
export function useFacade(): ColdsendFacade {
  const facade = useContext(FacadeContext)
  if (!facade) throw new Error('useFacade() needs a <FacadeProvider> above it')
  return facade
}
