// @vitest-environment jsdom
import { createElement } from 'react'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ChoiceSwitch } from '../../src/renderer/src/screens/errors/list/ChoiceSwitch'

afterEach(cleanup)

const OPTIONS = [
  { value: 'groups', label: 'Grouped' },
  { value: 'records', label: 'All records' }
] as const
const radio = (name: string) => screen.getByRole('radio', { name }) as HTMLInputElement
const view = (value: 'groups' | 'records', onChange = vi.fn()) => createElement(ChoiceSwitch<'groups' | 'records'>, { legend: 'Show', options: OPTIONS, value, onChange })

describe('ChoiceSwitch', () => {
  it('shows a pick at once, before the value it reports comes back (a router transition), and says what was picked', () => {
    const onChange = vi.fn()
    render(view('records', onChange))
    fireEvent.click(radio('Grouped'))
    expect(onChange).toHaveBeenCalledWith('groups')
    expect(radio('Grouped').checked).toBe(true)
    expect(radio('All records').checked).toBe(false)
  })

  it('follows the value once it moves, so Back to the old value shows the old value again', () => {
    const { rerender } = render(view('records'))
    fireEvent.click(radio('Grouped'))
    rerender(view('groups'))
    expect(radio('Grouped').checked).toBe(true)
    rerender(view('records'))
    expect(radio('All records').checked).toBe(true)
  })
})
