import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { type SandboxOptions, isLoopbackHost } from './options'

/** Shown on --help and after a bad argument. */
export const SANDBOX_USAGE = `Usage: node out/main/sandbox.js [options]

Runs the ColdSend-compatible sandbox API on loopback and prints a fresh API key.

Options:
  --port N                 port to listen on (default 0 = any free port)
  --host HOST              loopback address to bind (default 127.0.0.1)
  --data-dir DIR           where state.json lives (default $COLDSEND_SANDBOX_DIR or ~/.coldsend-console/sandbox)
  --scopes a,b             scopes of the printed key (default *)
  --rate-per-minute N      requests per key per minute (default 100)
  --rate-per-hour N        requests per key per hour (default 1000)
  --campaign-name-min N    minimum campaign name length the server enforces (default 8)
  -h, --help               show this help`

/** What the command line asks for: run with these options and key scopes, show help, or a usage error. */
export type SandboxCli =
  | { kind: 'run'; options: SandboxOptions; scopes: string[] }
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
        scopes: { type: 'string' },
        'rate-per-minute': { type: 'string' },
        'rate-per-hour': { type: 'string' },
        'campaign-name-min': { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    })
    if (v.help) return { kind: 'help' }
    const host = v.host ?? '127.0.0.1'
    if (!isLoopbackHost(host)) throw new Error(`--host must be a loopback address (got '${host}')`)
    const scopes = (v.scopes ?? '*').split(',').map((s) => s.trim()).filter((s) => s !== '')
    if (scopes.length === 0) throw new Error('--scopes needs at least one scope')
    const perMinute = wholeNumber(v['rate-per-minute'], '--rate-per-minute', 1, 1_000_000) ?? 100
    const perHour = wholeNumber(v['rate-per-hour'], '--rate-per-hour', 1, 100_000_000) ?? 1000
    const dataDir = v['data-dir'] || env['COLDSEND_SANDBOX_DIR'] || join(home, '.coldsend-console', 'sandbox')
    const options: SandboxOptions = {
      host,
      port: wholeNumber(v.port, '--port', 0, 65535) ?? 0,
      dataDir,
      rateLimit: { perMinute, perHour },
      limits: { campaignNameMin: wholeNumber(v['campaign-name-min'], '--campaign-name-min', 0, 255) ?? 8 }
    }
    return { kind: 'run', options, scopes }
  } catch (err) {
    return { kind: 'error', message: (err as Error).message }
  }
}
