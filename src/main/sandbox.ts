import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { startSandbox } from '../sandbox'
import { SANDBOX_USAGE, parseSandboxArgs } from '../sandbox/cli-args'
import { sandboxBanner } from '../sandbox/cli-banner'

// CLI entry (`npm run sandbox`): starts the sandbox API, prints its URL, a fresh key and its scopes, stops on SIGINT/SIGTERM.
async function main(): Promise<void> {
  const cli = parseSandboxArgs(process.argv.slice(2), process.env, homedir())
  if (cli.kind === 'help') {
    process.stdout.write(`${SANDBOX_USAGE}\n`)
    return
  }
  if (cli.kind === 'error') {
    process.stderr.write(`sandbox: ${cli.message}\n\n${SANDBOX_USAGE}\n`)
    process.exitCode = 2
    return
  }
  const trustedCa = await Promise.all(cli.mailCaFiles.map((file) => readFile(file, 'utf8')))
  const sandbox = await startSandbox({ ...cli.options, mail: { trustedCa }, log: (line) => process.stderr.write(`${line}\n`) })
  const key = sandbox.issueKey({ scopes: cli.scopes, name: 'CLI key', replaceSameName: true })
  if (sandbox.faults.controlUrl !== null) {
    process.stderr.write(`sandbox: fault injection is ON; control endpoint ${sandbox.faults.controlUrl}\n`)
  }
  process.stdout.write(sandboxBanner(sandbox.baseUrl, key, cli.scopes))

  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1)
    stopping = true
    process.stderr.write(`sandbox: ${signal}, shutting down\n`)
    sandbox.close().then(
      () => process.exit(0),
      (err: unknown) => {
        process.stderr.write(`sandbox: shutdown failed: ${String(err)}\n`)
        process.exit(1)
      }
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((err: unknown) => {
  process.stderr.write(`sandbox: ${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(1)
})
