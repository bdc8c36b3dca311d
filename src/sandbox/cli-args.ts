import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { type SandboxOptions, isLoopbackHost } from './options'

/** Shown on --help and after a bad argument: every flag with a one-line meaning. */
export const SANDBOX_USAGE = `Usage: node out/main/sandbox.js [options]

Runs the ColdSend-compatible sandbox API on loopback and prints a fresh API key.

Options:
  --port N                   port to listen on (default 0 = any free port)
  --host HOST                loopback address to bind (default 127.0.0.1)
  --data-dir DIR             where state.json lives (default $COLDSEND_SANDBOX_DIR or ~/.coldsend-console/sandbox)
  --no-seed                  start an empty workspace instead of the demo data (only when state.json is new)
  --scopes a,b               scopes of the printed key (default *)
  --rate-per-minute N        requests per key per minute window (default 100)
  --rate-per-hour N          requests per key per hour window (default 1000)
  --rate-window-ms N         length of the "minute" window in ms (default 60000; the hour window is 60 of them)
  --no-retry-after           answer 429 without a Retry-After header (the docs do not promise one)
  --campaign-name-min N      minimum campaign name length the server enforces (default 8)
  --lead-rows-per-second N   speed of simulated lead CSV uploads (default 200)
  --mail-ca FILE             also trust this PEM root for the real SMTP/IMAP checks (repeatable; self-signed mail servers)
  --faults                   enable fault injection at /__sandbox/faults (testing only; never in the console)
  -h, --help                 show this help`

/** What the command line asks for: run with these options and key scopes, show help, or a usage error. */
export type SandboxCli =
  | { kind: 'run'; options: SandboxOptions; scopes: string[]; mailCaFiles: string[] }
  | { kind: 'help' }
  | { kind: 'error'; message: string }

function wholeNumber(text: string | undefined, flag: string, min: number, max: number): number | undefined {
  if (text === undefined) return undefined
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new Error(`${flag} needs a whole number from ${min} to ${max} (got '${text}')`)
  }
  return Number(text)
}

// Parses argv (without node and script) for the sandbox CLI; never exits, so it can be tested.
export function parseSandboxArgs(argv: string[], env: Record<string, string | undefined>, home: string): SandboxCli {
  try {
    const { values: v } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'data-dir': { type: 'string' },
        'no-seed': { type: 'boolean' },
        scopes: { type: 'string' },
        'rate-per-minute': { type: 'string' },
        'rate-per-hour': { type: 'string' },
        'rate-window-ms': { type: 'string' },
        'no-retry-after': { type: 'boolean' },
        'campaign-name-min': { type: 'string' },
        'lead-rows-per-second': { type: 'string' },
        faults: { type: 'boolean' },
        'mail-ca': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' }
      }
    })
    if (v.help) return { kind: 'help' }
    const host = v.host ?? '127.0.0.1'
    if (!isLoopbackHost(host)) throw new Error(`--host must be a loopback address (got '${host}')`)
    const scopes = (v.scopes ?? '*').split(',').map((s) => s.trim()).filter((s) => s !== '')
    if (scopes.length === 0) throw new Error('--scopes needs at least one scope')
    const dataDir = v['data-dir'] || env['COLDSEND_SANDBOX_DIR'] || join(home, '.coldsend-console', 'sandbox')
    const options: SandboxOptions = {
      host,
      port: wholeNumber(v.port, '--port', 0, 65535) ?? 0,
      dataDir,
      seed: !v['no-seed'],
      rateLimit: {
        perMinute: wholeNumber(v['rate-per-minute'], '--rate-per-minute', 1, 1_000_000) ?? 100,
        perHour: wholeNumber(v['rate-per-hour'], '--rate-per-hour', 1, 100_000_000) ?? 1000,
        windowMs: wholeNumber(v['rate-window-ms'], '--rate-window-ms', 100, 86_400_000) ?? 60_000,
        sendRetryAfter: !v['no-retry-after']
      },
      limits: { campaignNameMin: wholeNumber(v['campaign-name-min'], '--campaign-name-min', 0, 255) ?? 8 },
      tuning: { leadRowsPerSecond: wholeNumber(v['lead-rows-per-second'], '--lead-rows-per-second', 1, 1_000_000) ?? 200 },
      faults: v.faults ?? false
    }
    return { kind: 'run', options, scopes, mailCaFiles: v['mail-ca'] ?? [] }
  } catch (err) {
    return { kind: 'error', message: (err as Error).message }
  }
}
