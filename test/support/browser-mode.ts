import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..', '..')

/** A browser-mode console started as a user would (`node out/main/web.js`), with its output captured. */
export interface BrowserModeProcess {
  url: string
  child: ChildProcess
  output: () => string
  stop(): Promise<number | null>
}

/** Starts the built browser-mode shell and waits for its "Console ready at <url>" line. */
export async function startBrowserMode(dataDir: string, env: Record<string, string> = {}, args: string[] = ['--port', '0']): Promise<BrowserModeProcess> {
  const child = spawn(process.execPath, [join(root, 'out/main/web.js'), '--no-open', ...args, '--data-dir', dataDir], {
    cwd: root,
    env: { ...process.env, COLDSEND_BASE_URL: '', COLDSEND_API_KEY: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let out = ''
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${out}`)), 20_000)
    const check = () => {
      const match = /Console ready at (\S+)/.exec(out)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout?.on('data', check)
    child.on('exit', (code) => reject(new Error(`browser mode exited with ${code}:\n${out}`)))
  })
  return {
    url,
    child,
    output: () => out,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode)
        child.once('exit', (code) => resolve(code))
        child.kill('SIGTERM')
      })
  }
}
