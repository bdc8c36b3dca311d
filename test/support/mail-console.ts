import type { Browser, Page } from 'playwright-core'
import { startBrowserMode, type BrowserModeProcess } from './browser-mode'
import { launchChromium } from './chromium'
import { startDovecot, startSmtpServers, type DovecotServer, type SmtpServers } from './mail-servers'

/** The real mail servers an inbox e2e test runs against. */
export interface MailServersUp {
  smtp: SmtpServers
  dovecot: DovecotServer
}

/** The stage of every inbox e2e test: real SMTP and IMAP servers, a browser-mode console trusting their CA, and a Chromium page on it. */
export interface MailConsole extends MailServersUp {
  app: BrowserModeProcess
  browser: Browser
  page: Page
  /** Closes the browser, the console and the servers. */
  stop(): Promise<void>
}

/** How to start it: the console's data directory and Chromium, and env beyond the CA (may depend on the servers' ports). */
export interface MailConsoleOptions {
  dataDir: string
  chromium: string
  env?: (servers: MailServersUp) => Record<string, string> | Promise<Record<string, string>>
  /** Playwright's default timeout for the page (default 30 s). */
  timeoutMs?: number
}

/**
 * Starts smtp-server and Dovecot on 127.0.0.1, the browser-mode console with `COLDSEND_MAIL_EXTRA_CA`
 * (so its checks and its embedded sandbox trust them), and a 1280×900 Chromium page on the Campaigns screen.
 */
export async function startMailConsole(options: MailConsoleOptions): Promise<MailConsole> {
  // Stopped in reverse order, also when a later part fails to start (no Dovecot or browser left behind).
  const started: Array<() => Promise<unknown>> = []
  const stop = async () => {
    for (const close of started.splice(0).reverse()) await close().catch(() => {})
  }
  try {
    const smtp = await startSmtpServers()
    started.push(() => smtp.stop())
    const dovecot = await startDovecot()
    started.push(() => dovecot.stop())
    const servers = { smtp, dovecot }
    const app = await startBrowserMode(options.dataDir, { COLDSEND_MAIL_EXTRA_CA: smtp.ca, ...(await options.env?.(servers)) })
    started.push(() => app.stop())
    const browser = await launchChromium(options.chromium)
    started.push(() => browser.close())
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    page.setDefaultTimeout(options.timeoutMs ?? 30_000)
    await page.goto(app.url)
    await page.getByRole('heading', { name: 'Campaigns' }).waitFor()
    return { ...servers, app, browser, page, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
