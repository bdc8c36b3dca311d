import { createElement, type ReactElement } from 'react'
import { render, type RenderResult } from '@testing-library/react'
import type { ColdsendFacade } from '../../../src/shared/contract/facade'
import { FacadeProvider } from '../../../src/renderer/src/bridge/facade-context'

/** Renders a component the way the app does: under a FacadeProvider, here with a fake facade. */
export function renderWithFacade(element: ReactElement, facade: ColdsendFacade): RenderResult {
  return render(createElement(FacadeProvider, { facade, children: element }))
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
