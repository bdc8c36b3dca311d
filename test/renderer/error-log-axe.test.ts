// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import axe from 'axe-core'
import { afterEach, describe, expect, it } from 'vitest'
import { NavBar } from '../../src/renderer/src/components/NavBar'
import { ErrorRecordScreen } from '../../src/renderer/src/screens/errors/ErrorRecordScreen'
import { ErrorLogPanel } from '../../src/renderer/src/screens/settings/ErrorLogPanel'
import { createFakeFacade } from './helpers/fake-facade'
import { errorRecord } from './helpers/error-records'
import { renderWithFacade } from './helpers/render'

afterEach(cleanup)

// axe-core in jsdom: structure and ARIA rules (no layout, so colour contrast is left to a browser run).
async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } })
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

describe('accessibility of the error log detail, badge and settings (axe, jsdom)', () => {
  it('finds no violations in a full record with issues, guidance and extra facts', async () => {
    const fake = createFakeFacade({ 'errorLog.get': () => ({ ok: true, value: errorRecord({ extra: { campaign_id: 'c-1' } }) }) })
    renderWithFacade(createElement('main', null, createElement(ErrorRecordScreen)), fake.facade, { route: '/errors/rec-1', path: '/errors/:id' })
    await screen.findByRole('table')
    expect(await violations()).toEqual([])
  })

  it('finds no violations in the nav with a badge', async () => {
    const fake = createFakeFacade({ 'errorLog.query': () => ({ ok: true, value: { records: [], total: 2, nextCursor: null, skippedLines: 0, quarantinedFiles: [] } }) })
    renderWithFacade(createElement(NavBar), fake.facade, { route: '/campaigns' })
    await screen.findByRole('link', { name: /2 new errors/ })
    expect(await violations()).toEqual([])
  })

  it('finds no violations in the settings section and its confirmation dialog', async () => {
    const fake = createFakeFacade({ 'errorLog.info': () => ({ ok: true, value: { records: 3, bytes: 900, files: 1, maxFiles: 5, maxFileBytes: 5 * 1024 * 1024, oldest: '2026-01-01T00:00:00.000Z', imported: 0 } }) })
    renderWithFacade(createElement('main', null, createElement('h1', null, 'Settings'), createElement(ErrorLogPanel)), fake.facade)
    await act(async () => void fireEvent.click(await screen.findByRole('button', { name: 'Clear error log…' })))
    expect(await violations()).toEqual([])
  })
})
