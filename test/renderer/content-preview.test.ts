// @vitest-environment jsdom
import { createElement } from 'react'
import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { ContentPreview, type ContentPreviewProps } from '../../src/renderer/src/screens/campaign/preview/ContentPreview'
import { createFakeFacade } from './helpers/fake-facade'
import { renderWithFacade } from './helpers/render'

afterEach(cleanup)

const NOW = new Date('2026-12-02T19:00:00Z')
const leads: ContentPreviewProps['leads'] = [
  { lead_id: 'l1', email: 'ada@example.com', first_name: 'Ada', last_name: 'Lovelace', company: 'Analytical Engines', custom_fields: { city: 'London' } },
  { lead_id: 'l2', email: 'bob@example.com', first_name: null, company: '', custom_fields: {} }
]

function show(props: Partial<ContentPreviewProps> = {}) {
  const all: ContentPreviewProps = { subject: 'Hi {{ first_name }}', content: 'Hello', leads, leadFields: ['city'], now: NOW, timeZone: 'America/New_York', ...props }
  renderWithFacade(createElement(ContentPreview, all), createFakeFacade().facade)
  const region = screen.getByRole('region', { name: 'Preview' })
  const select = within(region).getByRole('combobox', { name: 'Preview as' }) as HTMLSelectElement
  const subjectText = () => within(region).getByRole('heading', { name: 'Subject' }).nextElementSibling?.textContent
  const bodyElement = () => within(region).getByRole('heading', { name: 'Body' }).nextElementSibling as HTMLElement
  const fields = () => within(within(region).getByRole('list', { name: 'Merge fields' })).getAllByRole('listitem').map((li) => li.textContent)
  return { region, select, subjectText, bodyElement, fields }
}

describe('ContentPreview', () => {
  it('renders subject and body for the first lead, line breaks kept as text', () => {
    const p = show({ content: 'Hi {{ first_name | default: "there" }},\n\nHow is {{ city }}?\n<b>not html</b>' })
    expect(p.select.value).toBe('l1')
    expect(p.subjectText()).toBe('Hi Ada')
    expect(p.bodyElement().textContent).toBe('Hi Ada,\n\nHow is London?\n<b>not html</b>')
    expect(p.bodyElement().querySelector('b')).toBeNull()
  })

  it('lists each lead by email plus Sample data, and switches', () => {
    const p = show({ content: 'Hi {{ first_name | default: "there" }} at {{ company }} in {{ city }}' })
    expect([...p.select.options].map((o) => o.textContent)).toEqual(['Sample data', 'ada@example.com', 'bob@example.com'])
    fireEvent.change(p.select, { target: { value: 'l2' } })
    expect(p.bodyElement().textContent).toBe('Hi there at  in ')
    fireEvent.change(p.select, { target: { value: 'sample' } })
    expect(p.bodyElement().textContent).toBe('Hi Alex at Northwind Traders in [city]')
  })

  it('shows per field whether the chosen lead has a value, in words', () => {
    const p = show({ content: '{{ first_name }} {{ company }} {{ city }} {{ dn_day_name }}' })
    expect(p.fields()).toEqual([
      expect.stringMatching(/city.*Filled.*“London”/),
      expect.stringMatching(/company.*Filled.*“Analytical Engines”/),
      expect.stringMatching(/dn_day_name.*Computed/),
      expect.stringMatching(/first_name.*Filled.*“Ada”/)
    ])
    fireEvent.change(p.select, { target: { value: 'l2' } })
    expect(p.fields()[0]).toMatch(/city.*Empty/)
    expect(p.fields()[3]).toMatch(/first_name.*Empty/)
  })

  it('flags a field no lead has, with a suggestion, in text (not colour only)', () => {
    const p = show({ subject: 'About {{ citty }}', content: 'Body' })
    expect(p.fields()).toEqual([expect.stringMatching(/\{\{ citty \}\}.*Unknown field.*did you mean city\?/)])
    expect(p.fields()[0]).toContain('⚠')
  })

  it('says a follow-up without a subject is sent as a reply', () => {
    for (const subject of [null, '', '  ']) {
      const p = show({ subject })
      expect(p.subjectText()).toBe('(no subject — sent as a reply in the thread)')
      cleanup()
    }
  })

  it('shows template errors with their line and column instead of the text', () => {
    const p = show({ subject: 'Hi {{ first_name', content: 'Line 1\n{% if city %}\nno end' })
    expect(p.subjectText()).toBe('Subject: Template error on line 1: output "{{ first_name" not closed (column 4)')
    expect(p.bodyElement().textContent).toMatch(/^Body: Template error on line 2: tag \{% if city %\} not closed \(column 1\)$/)
  })

  it('works with no leads: sample data only, and says so', () => {
    const p = show({ leads: [], leadFields: ['industry'], content: '{{ first_name }} / {{ industry }}' })
    expect([...p.select.options].map((o) => o.textContent)).toEqual(['Sample data'])
    expect(p.bodyElement().textContent).toBe('Alex / [industry]')
    expect(screen.getByText(/no leads yet/)).toBeTruthy()
  })

  it('shows one spintax option at a time, says how many there are, and cycles', () => {
    const p = show({ subject: '{{Quick question|Idea}} for {{ company }}', content: '{{Hi|Hello|Hey}} {{ first_name }}' })
    expect(p.subjectText()).toBe('Quick question for Analytical Engines')
    expect(p.bodyElement().textContent).toBe('Hi Ada')
    expect(screen.getByText('Subject: option 1, one of 2 options')).toBeTruthy()
    expect(screen.getByText('Body: option 1, one of 3 options')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Next spintax option' }))
    expect(p.subjectText()).toBe('Idea for Analytical Engines')
    expect(p.bodyElement().textContent).toBe('Hello Ada')
    fireEvent.click(screen.getByRole('button', { name: 'Next spintax option' }))
    expect(p.subjectText()).toBe('Quick question for Analytical Engines')
    expect(p.bodyElement().textContent).toBe('Hey Ada')
    expect(screen.getByText('Body: option 3, one of 3 options')).toBeTruthy()
  })

  it('fills computed fields on the given clock', () => {
    const p = show({ content: 'Good {{dn_time_of_day}}, see you {{dn_date 2 days from now dddd, MMMM Do}}' })
    expect(p.bodyElement().textContent).toBe('Good afternoon, see you Friday, December 4th')
  })

  it('says when the email uses no merge fields', () => {
    show({ subject: 'Hello', content: 'Plain' })
    expect(screen.getByText('This email uses no merge fields.')).toBeTruthy()
  })
})
