import { homedir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

/** Browser mode's command line. */
export interface WebArgs {
  port: number
  dataDir: string
  open: boolean
}

/** Default data dir, the same place the desktop app keeps its data on Linux. */
export function defaultDataDir(env: Record<string, string | undefined>): string {
  if (env.COLDSEND_DATA_DIR) return env.COLDSEND_DATA_DIR
  const config = env.XDG_CONFIG_HOME || join(homedir(), '.config')
  return join(config, 'coldsend-console')
}

/** Parses `--port N` (0 = any free port), `--data-dir DIR`, `--no-open`; throws with a usage line on bad input. */
export function parseWebArgs(argv: string[], env: Record<string, string | undefined>): WebArgs {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, 'no-open': { type: 'boolean' }, help: { type: 'boolean' } },
    strict: true
  })
  if (values.help) throw new Error('usage')
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0–65535, got ${values.port}`)
  return { port, dataDir: values['data-dir'] ?? defaultDataDir(env), open: !values['no-open'] }
}

/** Printed on bad arguments. */
export const WEB_USAGE = 'usage: npm run start:web -- [--port N] [--data-dir DIR] [--no-open]'
