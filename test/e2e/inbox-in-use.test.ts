import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seriousAxeViolations } from '../support/axe'
import { findChromium } from '../support/chromium'
import { startMailConsole, type MailConsole } from '../support/mail-console'
import { DEFAULT_MAIL_USERS, dovecotUnavailable, type DovecotServer, type SmtpServers } from '../support/mail-servers'

// Deleting an inbox in use through the guided flow, in browser mode against the embedded sandbox
// (real HTTP) and real mail servers: an inbox is added (the sandbox really signs in to smtp-server
// and Dovecot), put into a sending campaign and a draft, then deleted from the list — the dialog
// names both campaigns, pauses the sending one, takes the inbox out of each, resumes it, and
// deletes the inbox; both campaigns end in their original status without it.

const chromiumPath = findChromium()
const dovecotMissing = dovecotUnavailable()
const skip = !chromiumPath.path ? chromiumPath.reason : dovecotMissing
if (skip) console.log(`[skip] e2e inbox in use: ${skip}`)
const shots = join(import.meta.dirname, '..', '..', 'test-results', 'e2e', 'inbox-in-use')
const user = DEFAULT_MAIL_USERS[0]!
const SENDING = 'DevTools Heads of Platform'
const DRAFT = 'Logistics Ops Managers Q2'

describe.skipIf(skip !== null)('deleting an inbox in use through the guided flow', () => {
  let stage: MailConsole
  let smtp: SmtpServers
  let dovecot: DovecotServer
  let page: Page
  const campaignUrls = new Map<string, string>()
  const inboxesBefore = new Map<string, number>()
  const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true })
  const statusOf = async () => (await page.locator('.status-actions > span').first().textContent())?.replace('Status:', '').trim()
  const checkedInboxes = () => page.getByRole('group', { name: 'Sending inboxes' }).getByRole('checkbox', { checked: true }).count()

  const openCampaign = async (name: string) => {
    const known = campaignUrls.get(name)
    if (known) await page.goto(known)
    else {
      await page.goto(new URL('#/campaigns', stage.app.url).toString())
      await page.getByRole('link', { name, exact: true }).click()
      await page.getByRole('group', { name: 'Sending inboxes' }).waitFor()
      campaignUrls.set(name, page.url())
    }
    await page.getByRole('group', { name: 'Sending inboxes' }).getByRole('checkbox').first().waitFor()
  }

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    stage = await startMailConsole({
      dataDir: mkdtempSync(join(tmpdir(), 'cs-inbox-in-use-')),
      chromium: chromiumPath.path as string,
      // no lookups leave the machine: the address is typed with its servers, so discovery may fail fast
      env: () => ({ COLDSEND_DNS_SERVERS: '127.0.0.1:9', COLDSEND_ISPDB_URL: 'off', COLDSEND_AUTOCONFIG_URL: 'http://127.0.0.1:9/' })
    })
    ;({ smtp, dovecot, page } = stage)
  })

  afterAll(() => stage?.stop())

  it('adds an inbox the sandbox signs in with on the real SMTP and IMAP servers', async () => {
    await page.goto(new URL('#/inboxes/new', stage.app.url).toString())
    await page.getByRole('heading', { name: 'Add inbox' }).waitFor()
    const field = (label: string) => page.getByLabel(label, { exact: true })
    const next = () => page.getByRole('button', { name: 'Next', exact: true }).click()
    await field('Email').fill(user.user)
    await field('Display name').fill('Acme Sender')
    for (const [label, value] of Object.entries({ 'SMTP host': '127.0.0.1', 'SMTP port': String(smtp.ports.starttls), 'IMAP host': '127.0.0.1', 'IMAP port': String(dovecot.securePort) })) await field(label).fill(value)
    await field('SMTP security').selectOption('starttls')
    await field('IMAP security').selectOption('ssl')
    await next()
    await field('SMTP username').fill(user.user)
    await field('SMTP password').fill(user.pass)
    await next()
    await next()
    await page.getByRole('button', { name: 'Create inbox' }).click()
    try {
      await page.getByRole('heading', { level: 1, name: user.user }).waitFor({ timeout: 60_000 })
    } catch (error) {
      await shot('00-add-inbox-failed')
      throw error
    }
  }, 90_000)

  it('puts it into a sending campaign (pause, apply, resume) and, as its only inbox, into a draft', async () => {
    await openCampaign(SENDING)
    expect(await statusOf()).toBe('Active')
    inboxesBefore.set(SENDING, await checkedInboxes())
    await page.getByRole('checkbox', { name: user.user }).check()
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await page.getByRole('button', { name: 'Pause, apply and resume' }).click()
    await page.getByText('Done: the changes are saved and the campaign is ACTIVE again.').waitFor()
    await openCampaign(DRAFT)
    expect(await statusOf()).toBe('Draft')
    const picker = page.getByRole('group', { name: 'Sending inboxes' })
    while ((await checkedInboxes()) > 0) await picker.getByRole('checkbox', { checked: true }).first().uncheck()
    await picker.getByRole('checkbox', { name: user.user }).check()
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await page.getByText('All changes saved.').waitFor()
    for (const name of [SENDING, DRAFT]) {
      await openCampaign(name)
      await expect.poll(() => page.getByRole('checkbox', { name: user.user }).isChecked()).toBe(true)
    }
    expect(await checkedInboxes()).toBe(1)
  }, 90_000)

  const openDeleteDialog = async () => {
    await page.goto(new URL('#/inboxes', stage.app.url).toString())
    await page.getByRole('button', { name: `Actions for ${user.user}` }).click()
    await page.getByRole('menuitem', { name: 'Delete…' }).click()
    const dialog = page.getByRole('dialog', { name: `Delete ${user.user}?` })
    await dialog.getByRole('button', { name: 'Delete inbox' }).click()
    return dialog
  }

  it('a draft that sends only from this inbox blocks the delete, changes nothing, and offers to open it', async () => {
    const dialog = await openDeleteDialog()
    const list = dialog.getByRole('list', { name: 'Campaigns using this inbox' })
    await list.getByText(`${DRAFT} sends only from this inbox and a campaign needs at least one.`, { exact: false }).waitFor()
    await list.getByText(`Pause ${SENDING}, remove this inbox, resume it.`).waitFor()
    expect(await dialog.getByRole('button', { name: 'Remove from campaigns and delete' }).count()).toBe(0)
    await shot('01-blocked-only-inbox')
    expect(await seriousAxeViolations(page)).toEqual([])
    await list.getByRole('link', { name: `Open ${DRAFT}` }).click()
    await page.getByRole('group', { name: 'Sending inboxes' }).getByRole('checkbox').first().waitFor()
    expect(page.url()).toBe(campaignUrls.get(DRAFT))
    const other = page.getByRole('group', { name: 'Sending inboxes' }).getByRole('checkbox', { checked: false }).first()
    await other.check()
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await page.getByText('All changes saved.').waitFor()
    expect(await checkedInboxes()).toBe(2)
    inboxesBefore.set(DRAFT, 1)
    expect(await statusOf()).toBe('Draft')
  }, 60_000)

  it('delete from the list names the campaigns and the plan, runs each step, and deletes the inbox', async () => {
    const dialog = await openDeleteDialog()
    const list = dialog.getByRole('list', { name: 'Campaigns using this inbox' })
    await list.getByRole('link', { name: SENDING, exact: true }).waitFor()
    await list.getByRole('link', { name: DRAFT, exact: true }).waitFor()
    await list.getByText(`Pause ${SENDING}, remove this inbox, resume it.`).waitFor()
    await list.getByText(`Remove this inbox from ${DRAFT} (it stays draft).`).waitFor()
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Campaigns still send from this inbox')
    await shot('02-plan')
    expect(await seriousAxeViolations(page)).toEqual([])

    await dialog.getByRole('button', { name: 'Remove from campaigns and delete' }).click()
    const outcome = dialog.getByRole('status').filter({ hasText: /^Done:/ })
    await outcome.waitFor()
    expect(await outcome.evaluate((el) => el === document.activeElement)).toBe(true)
    const steps = await dialog.getByRole('list', { name: 'Progress' }).getByRole('listitem').allTextContents()
    expect(steps).toHaveLength(5)
    expect(steps.every((s) => s.endsWith(': Done'))).toBe(true)
    expect(steps).toContain(`Resume ${SENDING}: Done`)
    expect(steps.at(-1)).toBe(`Delete ${user.user}: Done`)
    await shot('03-done')
    expect(await seriousAxeViolations(page)).toEqual([])

    await dialog.getByRole('button', { name: 'Close', exact: true }).click()
    await dialog.waitFor({ state: 'detached' })
    await expect.poll(() => page.getByRole('row').filter({ hasText: user.user }).count()).toBe(0)
    await shot('04-list-after')
  }, 90_000)

  it('both campaigns end in their original status, without the inbox', async () => {
    await openCampaign(SENDING)
    expect(await statusOf()).toBe('Active')
    expect(await page.getByRole('checkbox', { name: user.user }).count()).toBe(0)
    await expect.poll(checkedInboxes).toBe(inboxesBefore.get(SENDING))
    await page.getByRole('group', { name: 'Sending inboxes' }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(shots, '05-sending-campaign-after.png') })
    await openCampaign(DRAFT)
    expect(await statusOf()).toBe('Draft')
    expect(await page.getByRole('checkbox', { name: user.user }).count()).toBe(0)
    await expect.poll(checkedInboxes).toBe(inboxesBefore.get(DRAFT))
  }, 60_000)
})
