import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, chown, mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { testCertificate } from './cert'
import { freePort } from './ports'
import { DEFAULT_MAIL_USERS, type MailUser } from './users'

/** Debian's `dovecot-imapd` puts the binary here. */
export const DOVECOT_BIN = '/usr/sbin/dovecot'

/** A throwaway Dovecot on 127.0.0.1: a STARTTLS port (143-style) and an implicit-TLS port (993-style). */
export interface DovecotServer {
  host: '127.0.0.1'
  /** Plain greeting; offers STARTTLS (loopback counts as secured, so plain LOGIN works too). */
  port: number
  /** Implicit TLS. */
  securePort: number
  users: readonly MailUser[]
  /** The server's certificate (PEM): pass it as a trusted CA to the client under test. */
  ca: string
  /**
   * Changes a user's password (a password changed at the provider). Dovecot stats its passwd file at most
   * once per wall-clock second, so this resolves only once the next second has begun (≤ 1 s).
   */
  setPassword(user: string, pass: string): Promise<void>
  /** Dovecot's own log, for diagnosing a failed test. */
  log(): Promise<string>
  /** SIGTERM and wait (Dovecot takes ~2.4 s to exit), then remove the temp dir. */
  stop(): Promise<void>
}

// Why Dovecot cannot be used here (null when it can): not installed, or not running as root.
export function dovecotUnavailable(): string | null {
  if (!existsSync(DOVECOT_BIN)) return `${DOVECOT_BIN} not found (apt-get install dovecot-imapd)`
  if (process.getuid?.() !== 0) return 'Dovecot test instances need root (they run mail processes as nobody)'
  return null
}

// The throwaway configuration (see shared/research/feasibility.md §7b): no auth penalty, no failure delay.
function config(dir: string, port: number, securePort: number): string {
  return `base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
instance_name = coldsend-test-${port}
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <${dir}/cert.pem
ssl_key = <${dir}/key.pem
auth_mechanisms = plain login
auth_failure_delay = 0
disable_plaintext_auth = yes
mail_location = maildir:${dir}/mail/%u
mail_uid = nobody
mail_gid = nogroup
first_valid_uid = 1
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=${dir}/mail/%u
}
service imap-login {
  inet_listener imap {
    port = ${port}
  }
  inet_listener imaps {
    port = ${securePort}
    ssl = yes
  }
  chroot =
}
service anvil {
  chroot =
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
`
}

// Resolves once something accepts TCP on the port, or rejects after `timeoutMs`.
async function waitForPort(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`dovecot exited with code ${child.exitCode}`)
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open) return
    await new Promise((r) => setTimeout(r, 20))
  }
  throw new Error(`dovecot did not listen on ${port} within ${timeoutMs} ms`)
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 8000)
    child.once('exit', () => {
      clearTimeout(kill)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

// Starts Dovecot in the foreground (`dovecot -F -c <conf>`) with its own temp dir; call dovecotUnavailable() first.
export async function startDovecot(opts: { users?: readonly MailUser[] } = {}): Promise<DovecotServer> {
  const users = opts.users ?? DEFAULT_MAIL_USERS
  const cert = await testCertificate()
  const dir = await mkdtemp(join(tmpdir(), 'coldsend-dovecot-'))
  await chmod(dir, 0o755) // mail processes run as nobody and must reach ${dir}/mail
  const [port, securePort] = [await freePort(), await freePort()]
  await mkdir(join(dir, 'mail'))
  await chown(join(dir, 'mail'), 65534, 65534)
  await writeFile(join(dir, 'cert.pem'), cert.cert)
  await writeFile(join(dir, 'key.pem'), cert.key, { mode: 0o600 })
  const passwords = new Map(users.map((u) => [u.user, u.pass]))
  let fileVersion = 0
  const writePasswd = async () => {
    const file = join(dir, 'passwd')
    await writeFile(file, [...passwords].map(([user, pass]) => `${user}:{PLAIN}${pass}::::::\n`).join(''))
    // Dovecot reloads when mtime or size changed; a rewrite within the same second may keep both, so move mtime on.
    const stamp = Date.now() / 1000 + (fileVersion += 2)
    await utimes(file, stamp, stamp)
  }
  await writePasswd()
  await writeFile(join(dir, 'dovecot.conf'), config(dir, port, securePort))
  const child = spawn(DOVECOT_BIN, ['-F', '-c', join(dir, 'dovecot.conf')], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  // A crashed test process must not leave Dovecot running.
  const onExit = () => child.kill('SIGKILL')
  process.once('exit', onExit)
  const log = () => readFile(join(dir, 'dovecot.log'), 'utf8').catch(() => '')
  const stop = async () => {
    process.off('exit', onExit)
    await stopChild(child)
    await rm(dir, { recursive: true, force: true })
  }
  try {
    await waitForPort(port, child, 5000)
    await waitForPort(securePort, child, 5000)
  } catch (err) {
    const detail = `${(err as Error).message}\n${stderr}\n${await log()}`
    await stop()
    throw new Error(detail)
  }
  const setPassword = async (user: string, pass: string) => {
    passwords.set(user, pass)
    await writePasswd()
    await new Promise((r) => setTimeout(r, 1000 - (Date.now() % 1000) + 50))
  }
  return { host: '127.0.0.1', port, securePort, users, ca: cert.cert, setPassword, log, stop }
}
