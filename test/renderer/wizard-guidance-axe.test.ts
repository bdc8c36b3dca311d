// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import axe from 'axe-core'
import { afterEach, describe, expect, it } from 'vitest'
import { CredentialGuidance } from '../../src/renderer/src/screens/inboxes/wizard-guidance/CredentialGuidance'
import { DeliverabilityPanel } from '../../src/renderer/src/screens/inboxes/deliverability/DeliverabilityPanel'
import { createFakeFacade } from './helpers/fake-facade'
import { renderWithFacade } from './helpers/render'

afterEach(cleanup)

// axe-core in jsdom: structure and ARIA rules (no layout, so colour contrast is left to the wizard's e2e run).
async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } })
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

const page = (...children: Parameters<typeof createElement>[2][]) => createElement('main', null, createElement('h1', null, 'Add inbox'), ...children)

describe('accessibility of the wizard guidance panels (axe, jsdom)', () => {
  it('finds no violations in the credential guidance with links, code and the IMAP note', async () => {
    renderWithFacade(page(createElement(CredentialGuidance, { providerId: 'microsoft365', headingLevel: 2 }), createElement(CredentialGuidance, { providerId: 'google', headingLevel: 2 })), createFakeFacade().facade)
    expect(await violations()).toEqual([])
  })

  it('finds no violations in the deliverability panel with every status and the bulk-sender rules', async () => {
    const fake = createFakeFacade({
      'mail.deliverability': () => ({
        ok: true,
        value: [
          { id: 'spf', status: 'pass', record: 'v=spf1 include:_spf.google.com ~all', summary: 'SPF authorises smtp.gmail.com.', fix: '' },
          { id: 'dmarc', status: 'warn', record: 'v=DMARC1; p=none', summary: 'No rua= address.', fix: 'Add rua=mailto:dmarc@example.com.' },
          { id: 'dkim', status: 'fail', record: null, summary: 'No DKIM key found.', fix: 'Turn on DKIM signing.' },
          { id: 'mx', status: 'pass', record: '10 aspmx.l.google.com', summary: 'Mail goes to Google.', fix: '' }
        ]
      })
    })
    renderWithFacade(page(createElement(DeliverabilityPanel, { domain: 'example.com', smtpHost: 'smtp.gmail.com' })), fake.facade)
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Check deliverability' })))
    expect(screen.getByRole('complementary')).toBeTruthy()
    expect(await violations()).toEqual([])
  })
})
