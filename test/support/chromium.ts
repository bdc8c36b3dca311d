import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

const CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser']

/** Path of Debian's Chromium, or null with the reason e2e tests print when they skip. */
export function findChromium(): { path: string | null; reason: string } {
  const path = process.env.CHROMIUM_PATH ?? CANDIDATES.find((p) => existsSync(p)) ?? null
  return { path, reason: path ? '' : `no Chromium binary found (looked in ${CANDIDATES.join(', ')}; apt-get install chromium)` }
}

/** Launches headless Chromium with the flags this closed network needs. */
export async function launchChromium(path: string): Promise<Browser> {
  return chromium.launch({
    executablePath: path,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
  })
}
