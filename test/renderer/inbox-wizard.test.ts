// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppError } from '../../src/shared/contract/app-error'
import type { ProtocolResult, StepEvent } from '../../src/shared/contract/mail-check'
import type { MailDiscoveryResult } from '../../src/shared/contract/mail-discovery'
import { NewInboxScreen } from '../../src/renderer/src/screens/inboxes/NewInboxScreen'
import { useProfilesStore } from '../../src/renderer/src/stores/profiles-store'
import { createFakeFacade, type FakeFacade } from './helpers/fake-facade'
import { errorBase, profile, profileList } from './helpers/fixtures'
import { currentLocation, renderWithFacade } from './helpers/render'

// The Add inbox wizard with a fake facade: discovery fills step 1, sign-in cleans passwords and can
// split IMAP's login, the test shows steps live and the fix card, and Create places ColdSend's
// answers (connection failed beside the local result, 409 link, 422 on its field in its step).

beforeEach(() => useProfilesStore.getState().apply(profileList([profile()])))
afterEach(cleanup)

const discovered: MailDiscoveryResult = {
  email: 'ann@acme.example',
  domain: 'acme.example',
  provider: 'Microsoft 365',
  providerId: 'microsoft365',
  inboxType: 'OUTLOOK_365',
  smtp: { host: 'smtp.office365.com', port: 587, tls: 'starttls', username: 'ann@acme.example' },
  imap: { host: 'outlook.office365.com', port: 993, tls: 'implicit', username: 'ann@acme.example' },
  source: 'mx',
  evidence: ['acme.example MX acme-example.mail.protection.outlook.com is Microsoft 365.'],
  warnings: [],
  candidates: []
}
const step = (protocol: 'smtp' | 'imap', name: StepEvent['step'], status: StepEvent['status'] = 'ok'): StepEvent => ({ protocol, step: name, status, durationMs: 3, facts: {} })
const ok = (protocol: 'smtp' | 'imap'): ProtocolResult => ({ protocol, ok: true, steps: [step(protocol, 'dns'), { ...step(protocol, 'login'), facts: { mechanism: 'PLAIN' } }] })
const mismatch: ProtocolResult = {
  protocol: 'smtp',
  ok: false,
  steps: [step('smtp', 'dns'), step('smtp', 'tls', 'failed'), step('smtp', 'login', 'skipped')],
  diagnosis: { cause: 'tls-mode-mismatch', fix: 'fix-tls-mode-mismatch', summary: 'Port 587 speaks STARTTLS, not SSL/TLS.', detail: '', retryable: false, alternative: { port: 465, mode: 'ssl', verified: true } }
}

const fill = (values: Record<string, string>) => {
  for (const [label, value] of Object.entries(values)) fireEvent.change(screen.getByLabelText(label), { target: { value } })
}
const click = (name: string) => act(async () => void fireEvent.click(screen.getByRole('button', { name })))
const heading = () => screen.getByRole('heading', { level: 2, name: /^Step/ }).textContent

function start(extra: Parameters<typeof createFakeFacade>[0] = {}): FakeFacade {
  const fake = createFakeFacade({ 'mail.discover': () => ({ ok: true, value: discovered }), ...extra })
  renderWithFacade(createElement(NewInboxScreen), fake.facade, { route: '/inboxes/new' })
  return fake
}
async function throughWho() {
  fill({ Email: 'ann@acme.example' })
  await act(async () => void fireEvent.blur(screen.getByLabelText('Email')))
  fill({ 'Display name': 'Ann from Acme' })
  await click('Next')
}
async function toTest() {
  await throughWho()
  fill({ 'SMTP password': 'pw-1' })
  await click('Next')
}

describe('Add inbox wizard', () => {
  it('step 1 fills the servers from the domain, says where they came from, and warns when the inbox type disagrees', async () => {
    const fake = start()
    fill({ Email: 'ann@acme.example' })
    await act(async () => void fireEvent.blur(screen.getByLabelText('Email')))
    expect(fake.spy('mail.discover')).toHaveBeenCalledWith({ email: 'ann@acme.example' })
    expect((screen.getByLabelText('SMTP host') as HTMLInputElement).value).toBe('smtp.office365.com')
    expect((screen.getByLabelText('IMAP security') as HTMLSelectElement).value).toBe('ssl')
    expect((screen.getByLabelText('Inbox type') as HTMLSelectElement).value).toBe('OUTLOOK_365')
    expect(screen.getByRole('group', { name: 'Settings found' }).textContent).toContain('found in the domain’s MX records')
    expect(screen.queryByText(/but Inbox type/)).toBeNull()
    fireEvent.change(screen.getByLabelText('Inbox type'), { target: { value: 'GOOGLE_WORKSPACE' } })
    expect(screen.getByText(/but Inbox type/).textContent).toContain('Google Workspace')
    // a port typed by hand brings its usual encryption
    fill({ 'SMTP port': '465' })
    expect((screen.getByLabelText('SMTP security') as HTMLSelectElement).value).toBe('ssl')
    await click('Next')
    expect(heading()).toContain('Step 1 of 4')
    expect(screen.getByLabelText('Display name').getAttribute('aria-invalid')).toBe('true')
  })

  it('a server field the operator edited is not overwritten by a later automatic lookup', async () => {
    const fake = start()
    fill({ 'SMTP host': 'mail.my-host.example', Email: 'ann@acme.example' })
    await act(async () => void fireEvent.blur(screen.getByLabelText('Email')))
    expect(fake.spy('mail.discover')).toHaveBeenCalledTimes(1)
    expect((screen.getByLabelText('SMTP host') as HTMLInputElement).value).toBe('mail.my-host.example')
    await click('Find settings')
    expect((screen.getByLabelText('SMTP host') as HTMLInputElement).value).toBe('smtp.office365.com')
  })

  it('step 2 cleans a pasted app password without echoing it, and asks for IMAP’s own login only when it differs', async () => {
    start()
    await throughWho()
    expect(heading()).toContain('Sign-in')
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: /^Step 2/ }))
    expect(screen.getByRole('heading', { name: 'Signing in to Microsoft 365' })).toBeTruthy()
    expect((screen.getByLabelText('SMTP username') as HTMLInputElement).value).toBe('ann@acme.example')
    const field = screen.getByLabelText('SMTP password') as HTMLInputElement
    fireEvent.change(field, { target: { value: ' abcd efgh ijkl mnop\n' } })
    fireEvent.blur(field)
    expect(field.value).toBe('abcdefghijklmnop')
    expect(screen.getByText(/Removed the spaces between the four groups/)).toBeTruthy()
    expect(document.body.textContent).not.toContain('abcd')
    expect(screen.queryByLabelText('IMAP password')).toBeNull()
    fireEvent.click(screen.getByLabelText('IMAP uses a different username or password'))
    await click('Next')
    expect(heading()).toContain('Sign-in')
    expect(screen.getByLabelText('IMAP password').getAttribute('aria-invalid')).toBe('true')
  })

  it('step 3 shows each step the moment it finishes, then the fix card, and the one-click switch changes what is tested next', async () => {
    let finish: (() => void) | null = null
    const fake = start()
    fake.set('mail.check', (input) => {
      const checkId = input.checkId as string
      fake.emit('mail.check.step', { checkId, step: step('smtp', 'dns') })
      fake.emit('mail.check.step', { checkId: 'someone-elses', step: step('imap', 'dns') })
      return new Promise((resolve) => (finish = () => resolve({ ok: true, value: { steps: [], result: { smtp: mismatch, imap: ok('imap') } } })))
    })
    fake.set('mail.deliverability', () => ({ ok: true, value: [{ id: 'spf', status: 'fail', record: null, summary: 'No SPF record.', fix: 'Publish one.' }] }))
    await toTest()
    expect(heading()).toContain('Test')
    expect(fake.spy('mail.deliverability')).toHaveBeenCalledWith({ domain: 'acme.example', smtpHost: 'smtp.office365.com' })
    expect(screen.getByRole('region', { name: 'Deliverability of acme.example' }).textContent).toContain('No SPF record.')
    await click('Test connection')
    const request = fake.spy('mail.check').mock.calls[0]?.[0]
    expect(request).toMatchObject({ smtp: { host: 'smtp.office365.com', port: 587, mode: 'starttls', password: 'pw-1' }, imap: { port: 993, mode: 'ssl', username: 'ann@acme.example', password: 'pw-1' } })
    const smtp = screen.getByRole('region', { name: 'SMTP (sending) check' })
    expect(within(smtp).getByText(/Find the server \(DNS\)/).textContent).toContain('OK')
    expect(within(screen.getByRole('region', { name: 'IMAP (replies) check' })).queryByText(/Find the server/)).toBeNull()
    await act(async () => finish?.())
    expect(within(smtp).getByText(/Encryption \(TLS\)/).textContent).toContain('Failed')
    fireEvent.click(within(smtp).getByRole('button', { name: 'Switch to port 465 (SSL/TLS)' }))
    fake.set('mail.check', () => ({ ok: true, value: { steps: [], result: { smtp: ok('smtp'), imap: ok('imap') } } }))
    await click('Test connection')
    expect(fake.spy('mail.check').mock.calls[1]?.[0]).toMatchObject({ smtp: { port: 465, mode: 'ssl' } })
  })

  it('step 4 shows ColdSend’s connection failure beside the local result, with the fix its reason names', async () => {
    const refused: AppError = {
      ...errorBase, kind: 'business', operation: 'senders.create', status: 400, guidance: 'fix-connection', code: 'connection_failed',
      detail: 'SMTP connection failed: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.', protocol: 'SMTP'
    }
    start({ 'mail.check': () => ({ ok: true, value: { steps: [], result: { smtp: ok('smtp'), imap: ok('imap') } } }), 'senders.create': () => ({ ok: false, error: refused }) })
    await toTest()
    await click('Test connection')
    await click('Next')
    await click('Create inbox')
    const verdict = screen.getByRole('region', { name: 'ColdSend could not connect' })
    expect(verdict.textContent).toContain('Password login (SMTP AUTH) is turned off for this mailbox')
    expect(verdict.textContent).toContain('SMTP: connected and signed in')
    expect(verdict.textContent).toContain('Both servers accepted this computer')
  })

  it('a 409 links to the inbox that exists; a 422 opens the step holding the field; success opens the new inbox', async () => {
    const fake = start()
    await toTest()
    await click('Next')
    fake.set('senders.create', () => ({ ok: false, error: { ...errorBase, kind: 'conflict', operation: 'senders.create', status: 409, guidance: 'pick-existing-resource', detail: 'exists', existing: { id: 'inb_7', email: 'ann@acme.example' } } }))
    await click('Create inbox')
    expect(screen.getByRole('link', { name: 'Open the existing inbox' }).getAttribute('href')).toBe('/inboxes/inb_7')
    fake.set('senders.create', () => ({
      ok: false,
      error: { ...errorBase, kind: 'validation', operation: 'senders.create', status: 422, guidance: 'fix-fields', issues: [{ loc: ['body', 'smtp_host'], path: 'smtp_host', msg: 'Not a valid host', type: 'value_error', source: 'server' }] }
    }))
    await click('Create inbox')
    expect(heading()).toContain('Step 1 of 4')
    expect(screen.getByLabelText('SMTP host').getAttribute('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(screen.getByLabelText('SMTP host'))
    fake.set('senders.create', (input) => ({ ok: true, value: { inbox_id: 'inb_9', email_address: input.email_address, created_at: '2026-12-03T08:00:00Z', updated_at: '2026-12-03T08:00:00Z' } }))
    await click('4. Create')
    await click('Create inbox')
    expect(fake.spy('senders.create').mock.calls[2]?.[0]).toMatchObject({ imap_username: 'ann@acme.example', imap_password: 'pw-1', inbox_type: 'OUTLOOK_365' })
    expect(currentLocation.pathname).toBe('/inboxes/inb_9')
  })

  it('a throttled server’s cooldown is said beside the button; nothing retries by itself', async () => {
    const throttled: ProtocolResult = {
      protocol: 'smtp', ok: false, steps: [step('smtp', 'login', 'failed')],
      diagnosis: { cause: 'throttled', fix: 'fix-throttled', summary: 'SMTP: limiting logins', detail: '', retryable: true, retryAfterMs: 15 * 60_000 }
    }
    const fake = start({ 'mail.check': () => ({ ok: true, value: { steps: [], result: { smtp: throttled, imap: ok('imap') } } }) })
    await toTest()
    expect(screen.queryByText(/The server asked for a pause/)).toBeNull()
    await click('Test connection')
    expect(screen.getByText(/The server asked for a pause: wait until/)).toBeTruthy()
    await act(async () => new Promise((r) => setTimeout(r, 50)))
    expect(fake.spy('mail.check')).toHaveBeenCalledTimes(1)
  })

  it('Cancel leaves at once when nothing was typed, and asks first when something was', async () => {
    start()
    fill({ 'Display name': 'Ann' })
    await click('Cancel')
    const dialog = screen.getByRole('dialog', { name: 'Leave without adding this inbox?' })
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Stay' })))
    expect(currentLocation.pathname).toBe('/inboxes/new')
    expect((screen.getByLabelText('Display name') as HTMLInputElement).value).toBe('Ann')
    await click('Cancel')
    await act(async () => void fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Leave' })))
    expect(currentLocation.pathname).toBe('/inboxes')
  })

  it('Cancel on an untouched wizard leaves without asking', async () => {
    start()
    await click('Cancel')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(currentLocation.pathname).toBe('/inboxes')
  })

  it('a field link from an error record (?field=) opens the step that holds the field and focuses it', async () => {
    window.location.hash = '#/inboxes/new?field=smtp_password'
    try {
      start()
      expect(heading()).toContain('Sign-in')
      await act(async () => new Promise((r) => setTimeout(r, 10)))
      expect(document.activeElement).toBe(screen.getByLabelText('SMTP password'))
    } finally {
      window.location.hash = ''
    }
  })
})
