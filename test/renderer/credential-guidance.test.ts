// @vitest-environment jsdom
import { createElement } from 'react'
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { CredentialGuidance } from '../../src/renderer/src/screens/inboxes/wizard-guidance/CredentialGuidance'
import { credentialGuidance } from '../../src/shared/provider-guidance'

afterEach(cleanup)

describe('CredentialGuidance', () => {
  it('titles the panel with the provider and numbers the steps', () => {
    render(createElement(CredentialGuidance, { providerId: 'google', inboxType: 'GOOGLE_WORKSPACE' }))
    const panel = screen.getByRole('region', { name: 'Signing in to Google Workspace / Gmail' })
    expect(within(panel).getByRole('heading', { level: 3 }).textContent).toBe('Signing in to Google Workspace / Gmail')
    expect(within(panel).getByText('Needs an app password')).toBeTruthy()
    const steps = within(panel).getAllByRole('list')[0]!
    expect(steps.tagName).toBe('OL')
    expect(within(steps).getAllByRole('listitem')).toHaveLength(credentialGuidance({ providerId: 'google' }).steps.length)
    expect(within(panel).getByText('Checked December 2026')).toBeTruthy()
  })

  it('opens help links outside the console and shows their address to copy', () => {
    render(createElement(CredentialGuidance, { providerId: 'google' }))
    const link = screen.getByRole('link', { name: 'Google: create an app password' })
    expect(link.getAttribute('href')).toBe('https://myaccount.google.com/apppasswords')
    expect(link.getAttribute('target')).toBe('_blank')
    expect(link.getAttribute('rel')).toBe('noreferrer')
    expect(screen.getByText('myaccount.google.com/apppasswords')).toBeTruthy()
  })

  it('shows commands as code and the IMAP limit for Microsoft 365', () => {
    render(createElement(CredentialGuidance, { guidance: credentialGuidance({ inboxType: 'OUTLOOK_365' }), headingLevel: 2 }))
    expect(screen.getByRole('heading', { level: 2, name: 'Signing in to Microsoft 365' })).toBeTruthy()
    const code = screen.getByText(/^Set-CASMailbox/)
    expect(code.tagName).toBe('CODE')
    expect(code.textContent).toBe('Set-CASMailbox -Identity <address> -SmtpClientAuthenticationDisabled $false')
    expect(screen.getByText('IMAP (replies):').parentElement?.textContent).toMatch(/refused passwords for IMAP/)
    expect(screen.queryByText('Needs an app password')).toBeNull()
  })

  it('falls back to generic advice without links for an unknown provider', () => {
    render(createElement(CredentialGuidance, { inboxType: 'CUSTOM_SMTP', smtpHost: 'mail.example.org' }))
    expect(screen.getByRole('region', { name: 'Signing in to your mail provider' })).toBeTruthy()
    expect(screen.queryAllByRole('link')).toHaveLength(0)
  })
})
