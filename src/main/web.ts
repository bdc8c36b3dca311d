import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { bootConsole } from './bootstrap'
import { createConfSettingsStore } from './node/conf-settings-store'
import { createNodeSecretPlatform } from './node/node-secret-platform'
import { parseWebArgs, WEB_USAGE } from './web/cli-args'
import { openBrowser } from './web/open-browser'
import { startWebServer } from './web/web-server'

// Browser mode: the same core and renderer as the desktop app, served on 127.0.0.1 with a per-launch token.
const here = import.meta.dirname

function version(): string {
  try {
    return (JSON.parse(readFileSync(join(here, '../../package.json'), 'utf8')) as { version: string }).version
  } catch {
    return '0.0.0'
  }
}

async function main(): Promise<void> {
  let args
  try {
    args = parseWebArgs(process.argv.slice(2), process.env)
  } catch (error) {
    process.stderr.write(`${(error as Error).message === 'usage' ? '' : (error as Error).message + '\n'}${WEB_USAGE}\n`)
    process.exit(2)
  }
  const { store: settings, notice } = createConfSettingsStore(args.dataDir)
  if (notice) process.stderr.write(`warning: ${notice.message}\n`)
  const core = await bootConsole({ dataDir: args.dataDir, shell: 'browser', version: version(), settings,
    secrets: createNodeSecretPlatform(args.dataDir, settings), env: process.env, notices: notice ? [notice] : [] })
  const server = await startWebServer({ core, rendererDir: join(here, '../renderer'), port: args.port, log: (l) => core.log.info(l) })
  process.stdout.write(`Console ready at ${server.url}\n`)
  process.stdout.write(`Data directory: ${args.dataDir}\n`)
  if (args.open) openBrowser(server.url)

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    core.log.info(`${signal} received, stopping`)
    await server.close()
    await core.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))
}

main().catch((error: unknown) => {
  process.stderr.write(`browser mode failed to start: ${(error as Error).message}\n`)
  process.exit(1)
})
