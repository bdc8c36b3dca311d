// @vitest-environment jsdom
import { createElement, useState } from 'react'
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Envelope } from '../../src/shared/contract/envelope'
import type { DeliverabilityItem } from '../../src/shared/contract/mail-discovery'
import { DeliverabilityPanel, type DeliverabilityPanelProps } from '../../src/renderer/src/screens/inboxes/deliverability/DeliverabilityPanel'
import { createFakeFacade, type FakeFacade } from './helpers/fake-facade'
import { errorBase } from './helpers/fixtures'
import { renderWithFacade } from './helpers/render'

afterEach(cleanup)

const SPF_RECORD = 'v=spf1 include:_spf.google.com include:spf.protection.outlook.com include:servers.mcsv.net include:sendgrid.net ~all'
const report = (over: Partial<Record<DeliverabilityItem['id'], Partial<DeliverabilityItem>>> = {}): DeliverabilityItem[] => [
  // Deliberately out of order: the panel must show SPF, DMARC, DKIM, MX.
  { id: 'mx', status: 'pass', record: '10 aspmx.l.google.com', summary: 'Mail for example.com goes to Google.', fix: '', ...over.mx },
  { id: 'spf', status: 'pass', record: SPF_RECORD, summary: 'SPF authorises smtp.gmail.com.', fix: '', ...over.spf },
  { id: 'dmarc', status: 'warn', record: 'v=DMARC1; p=none', summary: 'No rua= address, so you get no aggregate reports.', fix: 'Add rua=mailto:dmarc@example.com.', ...over.dmarc },
  { id: 'dkim', status: 'fail', record: null, summary: 'No DKIM key at google._domainkey.example.com.', fix: 'Turn on DKIM signing in the Google Admin console.', ...over.dkim }
]
const allPass = (): DeliverabilityItem[] => report({ dmarc: { status: 'pass', fix: '' }, dkim: { status: 'pass', record: 'v=DKIM1; k=rsa; p=MIIB', fix: '' } })

function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

/** Mounts the panel under the fake facade; `update` changes its props the way the wizard would. */
function mount(fake: FakeFacade, props: Partial<DeliverabilityPanelProps> = {}) {
  let setProps: (next: DeliverabilityPanelProps) => void = () => undefined
  let current: DeliverabilityPanelProps = { domain: 'example.com', smtpHost: 'smtp.gmail.com', ...props }
  function Harness() {
    const [state, set] = useState(current)
    setProps = set
    return createElement(DeliverabilityPanel, state)
  }
  renderWithFacade(createElement(Harness), fake.facade)
  return {
    update: (next: Partial<DeliverabilityPanelProps>) => {
      current = { ...current, ...next }
      setProps(current)
    }
  }
}

const rows = () => screen.queryByRole('list', { name: /^Checks of / })
const row = (name: string) => within(rows()!).getByRole('listitem', { name })
const check = async () => act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Check deliverability' })))

describe('DeliverabilityPanel', () => {
  it('waits for the button, then shows each check in order with status word, record and fix', async () => {
    const fake = createFakeFacade({ 'mail.deliverability': () => ({ ok: true, value: report() }) })
    mount(fake, { domain: ' Example.COM. ' })
    expect(screen.getByRole('region', { name: 'Deliverability of example.com' })).toBeTruthy()
    expect(fake.spy('mail.deliverability')).not.toHaveBeenCalled()
    await check()
    expect(fake.spy('mail.deliverability').mock.calls[0]?.[0]).toEqual({ domain: 'example.com', smtpHost: 'smtp.gmail.com' })
    expect(within(rows()!).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['SPF', 'DMARC', 'DKIM', 'MX'])
    expect(within(row('SPF')).getByText('Pass')).toBeTruthy()
    expect(within(row('DMARC')).getByText('Warning')).toBeTruthy()
    expect(within(row('DKIM')).getByText('Fail')).toBeTruthy()
    const record = within(row('SPF')).getByText(SPF_RECORD)
    expect(record.tagName).toBe('CODE')
    expect(within(row('DKIM')).getByText('No record found.')).toBeTruthy()
    expect(within(row('DKIM')).getByText('Fix:').parentElement?.textContent).toBe('Fix: Turn on DKIM signing in the Google Admin console.')
    expect(within(row('SPF')).queryByText('Fix:')).toBeNull()
    expect(screen.getByRole('status').textContent).toBe('Deliverability of example.com: 2 pass, 1 warning, 1 fail.')
  })

  it('names the Google and Yahoo bulk-sender rules only when a check is not a pass', async () => {
    const fake = createFakeFacade({ 'mail.deliverability': () => ({ ok: true, value: report() }) })
    mount(fake)
    await check()
    const rules = screen.getByRole('complementary', { name: /Google and Yahoo bulk-sender requirements/ })
    expect(rules.textContent).toMatch(/p=none/)
    expect(rules.textContent).toMatch(/one-click unsubscribe/)
    expect(rules.textContent).toMatch(/0\.3%/)
    fake.set('mail.deliverability', () => ({ ok: true, value: allPass() }))
    await check()
    expect(screen.getByRole('status').textContent).toMatch(/4 pass\.$/)
    expect(screen.queryByRole('complementary')).toBeNull()
  })

  it('shows a loading state and ignores a second click while checking', async () => {
    const pending = deferred<Envelope<DeliverabilityItem[]>>()
    const fake = createFakeFacade({ 'mail.deliverability': () => pending.promise })
    mount(fake)
    await check()
    const button = screen.getByRole('button', { name: 'Checking…' }) as HTMLButtonElement
    expect(button.disabled).toBe(true)
    expect(screen.getByRole('region').getAttribute('aria-busy')).toBe('true')
    expect(screen.getByRole('status').textContent).toBe('Reading the DNS records of example.com…')
    await act(async () => pending.resolve({ ok: true, value: report() }))
    expect(screen.getByRole('region').getAttribute('aria-busy')).toBe('false')
    expect(row('MX')).toBeTruthy()
  })

  it('explains a failure with ErrorNotice and its Retry runs the check again', async () => {
    const fake = createFakeFacade({
      'mail.deliverability': () => ({ ok: false, error: { ...errorBase, kind: 'network', mayHaveApplied: false, operation: 'mail.deliverability', message: 'DNS lookup timed out.', guidance: 'check-network', retryable: true } })
    })
    mount(fake)
    await check()
    expect(screen.getByRole('alert').textContent).toContain('DNS lookup timed out.')
    expect(rows()).toBeNull()
    fake.set('mail.deliverability', () => ({ ok: true, value: report() }))
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Retry' })))
    expect(fake.spy('mail.deliverability')).toHaveBeenCalledTimes(2)
    expect(screen.queryByRole('alert')).toBeNull()
    expect(row('SPF')).toBeTruthy()
  })

  it('auto-runs once when both props are set, and hides results that belong to another domain', async () => {
    const fake = createFakeFacade({ 'mail.deliverability': ({ domain }) => ({ ok: true, value: report({ mx: { summary: `Mail for ${domain}.` } }) }) })
    const view = mount(fake, { smtpHost: '', autoRun: true })
    expect(fake.spy('mail.deliverability')).not.toHaveBeenCalled()
    expect((screen.getByRole('button', { name: 'Check deliverability' }) as HTMLButtonElement).disabled).toBe(true)
    expect(screen.getByText(/needs both/)).toBeTruthy()
    await act(async () => view.update({ smtpHost: 'smtp.gmail.com' }))
    expect(fake.spy('mail.deliverability')).toHaveBeenCalledTimes(1)
    expect(within(row('MX')).getByText('Mail for example.com.')).toBeTruthy()
    await act(async () => view.update({ domain: 'other.org' }))
    expect(fake.spy('mail.deliverability')).toHaveBeenCalledTimes(1)
    expect(rows()).toBeNull()
    expect(screen.getByText(/changed since the last check/)).toBeTruthy()
    await check()
    expect(fake.spy('mail.deliverability').mock.calls[1]?.[0]).toEqual({ domain: 'other.org', smtpHost: 'smtp.gmail.com' })
    expect(within(row('MX')).getByText('Mail for other.org.')).toBeTruthy()
  })

  it('keeps only the latest answer when an earlier check finishes late', async () => {
    const first = deferred<Envelope<DeliverabilityItem[]>>()
    const fake = createFakeFacade({ 'mail.deliverability': () => first.promise })
    const view = mount(fake, { autoRun: true })
    expect(fake.spy('mail.deliverability')).toHaveBeenCalledTimes(1)
    fake.set('mail.deliverability', () => ({ ok: true, value: allPass() }))
    await act(async () => view.update({ domain: 'other.org' }))
    await check()
    await act(async () => first.resolve({ ok: true, value: report() }))
    expect(screen.getByRole('status').textContent).toBe('Deliverability of other.org: 4 pass.')
    expect(screen.queryByText('Fail')).toBeNull()
  })
})
