// @vitest-environment jsdom
import { createElement } from 'react'
import { cleanup, fireEvent, screen } from '@testing-library/react'
import axe from 'axe-core'
import { afterEach, describe, expect, it } from 'vitest'
import { TimeZonePicker } from '../../src/renderer/src/screens/campaign/schedule/TimeZonePicker'
import { SendPreview } from '../../src/renderer/src/screens/campaign/schedule/SendPreview'
import { SendingDaysPicker } from '../../src/renderer/src/screens/campaign/schedule/DaysPicker'
import { ContentPreview } from '../../src/renderer/src/screens/campaign/preview/ContentPreview'
import { createFakeFacade } from './helpers/fake-facade'
import { renderWithFacade } from './helpers/render'

afterEach(cleanup)

// axe-core in jsdom: structure and ARIA rules (no layout, so colour contrast is left to the editor's e2e run).
async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } })
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

const page = (...children: Parameters<typeof createElement>[2][]) => createElement('main', null, createElement('h1', null, 'Campaign'), ...children)

describe('accessibility (axe, jsdom)', () => {
  it('catches a known violation (control: axe really runs here)', async () => {
    renderWithFacade(page(createElement('input', { role: 'combobox', 'aria-expanded': false })), createFakeFacade().facade)
    expect((await violations()).join('\n')).toMatch(/label|aria-input-field-name/)
  })

  it('finds no violations in the schedule controls, closed and open', async () => {
    renderWithFacade(
      page(
        createElement('label', { htmlFor: 'tz' }, 'Time zone'),
        createElement(TimeZonePicker, { id: 'tz', value: 'America/New_York', onChange: () => {} }),
        createElement('fieldset', null, createElement('legend', null, 'Sending days'), createElement(SendingDaysPicker, { value: [1, 2], onChange: () => {}, idPrefix: 'days' })),
        createElement(SendPreview, { schedule: {}, operatorTimeZone: 'Europe/London', now: new Date('2026-12-02T12:00:00Z') })
      ),
      createFakeFacade().facade
    )
    expect(await violations()).toEqual([])
    const input = screen.getByRole('combobox', { name: 'Time zone' })
    fireEvent.keyDown(input, { key: 'ArrowDown' })
    expect(await violations()).toEqual([])
    fireEvent.change(input, { target: { value: 'nowhere at all' } })
    expect(await violations()).toEqual([])
  })

  it('finds no violations in the content preview', async () => {
    renderWithFacade(
      page(createElement(ContentPreview, { subject: '{{Hi|Hello}} {{ first_name }}', content: 'Body {{ citty }}\n{% if %}', leads: [{ lead_id: 'l1', email: 'a@example.com' }], leadFields: ['city'], now: new Date('2026-12-02T12:00:00Z') })),
      createFakeFacade().facade
    )
    expect(await violations()).toEqual([])
  })
})
