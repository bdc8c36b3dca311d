import { createElement, type ReactElement } from 'react'
import { render, type RenderResult } from '@testing-library/react'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { MemoryRouter, Route, Routes, useLocation } from 'react-router'
import type { ColdsendFacade } from '../../../src/shared/contract/facade'
import { FacadeProvider } from '../../../src/renderer/src/bridge/facade-context'
import { createQueryClient } from '../../../src/renderer/src/query/query-client'

/** Where the test's router is, updated on every navigation (so tests can assert the address). */
export const currentLocation = { pathname: '', search: '' }

function LocationProbe() {
  const location = useLocation()
  currentLocation.pathname = location.pathname
  currentLocation.search = location.search
  return null
}

/** What a render gives back besides the testing-library result: the cache, to inspect or seed it. */
export interface ConsoleRender extends RenderResult {
  queryClient: QueryClient
}

/**
 * Renders a component the way the app does: under a FacadeProvider (here a fake), a fresh query
 * cache and a router at `route` (MemoryRouter stands in for the hash router); `path` is the route
 * pattern, for screens that read params (default `*`).
 */
export function renderWithFacade(element: ReactElement, facade: ColdsendFacade, options: { route?: string; queryClient?: QueryClient; path?: string } = {}): ConsoleRender {
  const queryClient = options.queryClient ?? createQueryClient()
  const tree = createElement(
    FacadeProvider,
    { facade },
    createElement(
      QueryClientProvider,
      { client: queryClient },
      createElement(
        MemoryRouter,
        { initialEntries: [options.route ?? '/'] },
        createElement(LocationProbe),
        createElement(Routes, null, createElement(Route, { path: options.path ?? '*', element }))
      )
    )
  )
  return { ...render(tree), queryClient }
}

/** The elements an input's aria-describedby points at, in order. */
export function describedBy(input: HTMLElement): HTMLElement[] {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)
  return ids.map((id) => {
    const element = document.getElementById(id)
    if (!element) throw new Error(`aria-describedby points at missing #${id}`)
    return element
  })
}
