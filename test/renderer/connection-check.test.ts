// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ProtocolResult } from '../../src/shared/contract/mail-check'
import { NewInboxScreen } from '../../src/renderer/src/screens/inboxes/NewInboxScreen'
import { useProfilesStore } from '../../src/renderer/src/stores/profiles-store'
import { createFakeFacade } from './helpers/fake-facade'
import { profile, profileList } from './helpers/fixtures'
import { renderWithFacade } from './helpers/render'

beforeEach(() => useProfilesStore.getState().apply(profileList([profile()])))
afterEach(cleanup)

const ok = (protocol: 'smtp' | 'imap'): ProtocolResult => ({
  protocol,
  ok: true,
  steps: [
    { protocol, step: 'dns', status: 'ok', durationMs: 2, facts: { addresses: ['127.0.0.1'] } },
    { protocol, step: 'login', status: 'ok', durationMs: 30, facts: { mechanism: 'PLAIN' } }
  ]
})
const mismatch: ProtocolResult = {
  protocol: 'smtp',
  ok: false,
  steps: [
    { protocol: 'smtp', step: 'dns', status: 'ok', durationMs: 1, facts: {} },
    { protocol: 'smtp', step: 'tls', status: 'failed', durationMs: 12, facts: {} },
    { protocol: 'smtp', step: 'login', status: 'skipped', durationMs: 0, facts: {} }
  ],
  diagnosis: { cause: 'tls-mode-mismatch', fix: 'fix-tls-mode-mismatch', summary: 'Port 587 speaks STARTTLS, not SSL/TLS.', detail: '', retryable: false, alternative: { port: 465, mode: 'ssl', verified: true } }
}

function fill(values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) fireEvent.change(screen.getByLabelText(label), { target: { value } })
}

describe('Test connection on Add inbox', () => {
  it('cleans a pasted app password when the field is left, and says what it changed', () => {
    renderWithFacade(createElement(NewInboxScreen), createFakeFacade().facade)
    const field = screen.getByLabelText('SMTP password') as HTMLInputElement
    fireEvent.change(field, { target: { value: ' abcd efgh ijkl mnop\n' } })
    fireEvent.blur(field)
    expect(field.value).toBe('abcdefghijklmnop')
    expect(screen.getByText(/Removed the spaces between the four groups/)).toBeTruthy()
    expect(document.body.textContent).not.toContain('abcd efgh')
  })

  it('says which fields the test needs instead of running half a check', async () => {
    const fake = createFakeFacade()
    renderWithFacade(createElement(NewInboxScreen), fake.facade)
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }))
    expect(fake.spy('mail.check')).not.toHaveBeenCalled()
    expect(screen.getByLabelText('SMTP host').getAttribute('aria-invalid')).toBe('true')
  })

  it('shows each step side by side, the fix card, and applies the one-click port switch', async () => {
    const fake = createFakeFacade({ 'mail.check': () => ({ ok: true, value: { steps: [], result: { smtp: mismatch, imap: ok('imap') } } }) })
    renderWithFacade(createElement(NewInboxScreen), fake.facade)
    fill({ 'SMTP host': 'smtp.example.com', 'SMTP port': '587', 'SMTP username': 'a@example.com', 'SMTP password': 'pw', 'IMAP host': 'imap.example.com', 'IMAP port': '993', 'IMAP username': 'a@example.com', 'IMAP password': 'pw' })
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Test connection' })))
    expect(fake.spy('mail.check').mock.calls[0]?.[0]).toMatchObject({ smtp: { port: 587, mode: 'starttls' }, imap: { port: 993, mode: 'ssl' } })
    const smtp = screen.getByRole('region', { name: 'SMTP (sending) check' })
    expect(within(smtp).getByText(/Encryption \(TLS\)/).textContent).toContain('Failed')
    expect(within(screen.getByRole('region', { name: 'IMAP (replies) check' })).getByText('signed in with PLAIN')).toBeTruthy()
    fireEvent.click(within(smtp).getByRole('button', { name: 'Switch to port 465 (SSL/TLS)' }))
    expect((screen.getByLabelText('SMTP port') as HTMLInputElement).value).toBe('465')
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Test connection' })))
    expect(fake.spy('mail.check').mock.calls[1]?.[0]).toMatchObject({ smtp: { port: 465, mode: 'ssl' } })
  })
})
