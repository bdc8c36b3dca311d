// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MemoryRouter } from 'react-router'
import { TruncatedText } from '../../src/renderer/src/components/TruncatedText'
import { CampaignsTable } from '../../src/renderer/src/screens/campaigns/CampaignsTable'
import { campaign } from './helpers/fixtures'

// Long values in table cells: cut on screen, whole in the DOM, in `title`, and — when actually cut —
// reachable with the keyboard, which shows the full text in a popover. jsdom has no layout, so
// the widths the browser would measure are faked per element (the boundary), and so is ResizeObserver.

const LONG = `Enterprise procurement leaders ${'across manufacturing and logistics '.repeat(6)}`.slice(0, 200)
const widths = new Map<string, { scroll: number; client: number }>()
const resizeCallbacks: Array<(entries: Array<{ target: Element }>) => void> = []
const observed: Element[] = []

class FakeResizeObserver {
  constructor(callback: (entries: Array<{ target: Element }>) => void) {
    resizeCallbacks.push(callback)
  }
  observe(element: Element) {
    observed.push(element)
  }
  unobserve(element: Element) {
    observed.splice(observed.indexOf(element), 1)
  }
  disconnect() {}
}

beforeEach(() => {
  widths.clear()
  Object.defineProperty(HTMLElement.prototype, 'scrollWidth', { configurable: true, get: function (this: HTMLElement) { return widths.get(this.textContent ?? '')?.scroll ?? 0 } })
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: function (this: HTMLElement) { return widths.get(this.textContent ?? '')?.client ?? 0 } })
  Object.assign(globalThis, { ResizeObserver: FakeResizeObserver })
})
afterEach(() => {
  cleanup()
  delete (HTMLElement.prototype as unknown as Record<string, unknown>).scrollWidth
  delete (HTMLElement.prototype as unknown as Record<string, unknown>).clientWidth
})

const cut = (text: string) => widths.set(text, { scroll: 1400, client: 120 })
const fits = (text: string) => widths.set(text, { scroll: 120, client: 120 })
const popover = () => document.body.querySelector('.truncated__popover')

describe('TruncatedText', () => {
  it('a value that fits: plain text with the full value as title, not a tab stop', () => {
    fits('Short name')
    render(createElement(TruncatedText, { text: 'Short name' }))
    const text = screen.getByText('Short name')
    expect(text.getAttribute('title')).toBe('Short name')
    expect(text.hasAttribute('tabindex')).toBe(false)
  })

  it('a value that is cut: whole in the DOM and title, focusable, shown whole in a popover while focused', () => {
    cut(LONG)
    render(createElement(TruncatedText, { text: LONG }))
    const text = screen.getByText(LONG)
    expect(text.getAttribute('title')).toBe(LONG)
    expect(text.getAttribute('tabindex')).toBe('0')
    expect(popover()).toBeNull()
    act(() => text.focus())
    expect(popover()?.textContent).toBe(LONG)
    expect(popover()?.getAttribute('aria-hidden')).toBe('true')
    act(() => text.blur())
    expect(popover()).toBeNull()
  })

  it('Escape closes the popover without leaving the text', () => {
    cut(LONG)
    render(createElement(TruncatedText, { text: LONG }))
    const text = screen.getByText(LONG)
    act(() => text.focus())
    fireEvent.keyDown(text, { key: 'Escape' })
    expect(popover()).toBeNull()
    expect(document.activeElement).toBe(text)
  })

  it('becomes a tab stop when its column narrows, and stops being one when it widens', () => {
    fits(LONG)
    render(createElement(TruncatedText, { text: LONG }))
    const text = screen.getByText(LONG)
    expect(text.hasAttribute('tabindex')).toBe(false)
    expect(observed).toContain(text)
    cut(LONG)
    act(() => resizeCallbacks.forEach((callback) => callback([{ target: text }])))
    expect(text.getAttribute('tabindex')).toBe('0')
    fits(LONG)
    act(() => resizeCallbacks.forEach((callback) => callback([{ target: text }])))
    expect(text.hasAttribute('tabindex')).toBe(false)
  })

  it('stops watching its size when it goes away', () => {
    fits('Gone soon')
    const { unmount } = render(createElement(TruncatedText, { text: 'Gone soon' }))
    const text = screen.getByText('Gone soon')
    expect(observed).toContain(text)
    unmount()
    expect(observed).not.toContain(text)
  })
})

describe('CampaignsTable layout', () => {
  const rows = [campaign(1, { name: LONG, status: 'ACTIVE', sent_count: 12345 }), campaign(2)]
  const renderTable = (withActions: boolean) =>
    render(createElement(MemoryRouter, null, createElement(CampaignsTable, { items: rows, labelledBy: 'h', ...(withActions ? { renderActions: (c: { name: string }) => createElement('button', { type: 'button', 'aria-label': `Actions for ${c.name}` }, 'Actions') } : {}) })))

  it('declares one width class per column, the name column last to get the rest', () => {
    renderTable(true)
    const cols = [...document.querySelectorAll('table > colgroup > col')].map((c) => c.className)
    expect(cols).toEqual(['col-name', 'col-status', 'col-count', 'col-count', 'col-count', 'col-count', 'col-count', 'col-count', 'col-date', 'col-actions'])
    expect(document.querySelectorAll('thead th')).toHaveLength(cols.length)
    expect(document.querySelector('tbody tr')?.children).toHaveLength(cols.length)
  })

  it('without row actions there is no action column', () => {
    renderTable(false)
    expect([...document.querySelectorAll('col')].map((c) => c.className)).not.toContain('col-actions')
    expect(document.querySelectorAll('thead th')).toHaveLength(9)
  })

  it('keeps the headers (Unsubscribes included), the full name as the row header, right-aligned counters and the actions cell', () => {
    cut(LONG)
    renderTable(true)
    const table = screen.getByRole('table')
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Name', 'Status', 'Leads', 'Sent', 'Replies', 'Opens', 'Bounces', 'UnsubsUnsubscribes', 'Created', 'Actions'])
    const row = screen.getByRole('row', { name: new RegExp(`^${LONG}`) })
    expect(within(row).getByRole('rowheader').textContent).toBe(LONG)
    // The cut name is a link to the campaign's page: focusable by nature, full text as its name.
    expect(within(row).getByRole('link', { name: LONG }).getAttribute('href')).toBe(`/campaigns/${rows[0]!.campaign_id}`)
    expect(within(row).getByRole('button', { name: `Actions for ${LONG}` })).toBeTruthy()
    const counter = within(row).getByText((12345).toLocaleString())
    expect(counter.closest('td')?.className).toBe('num')
  })
})
