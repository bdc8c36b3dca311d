import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ErrorLog, type ErrorLogOptions } from '../../../src/main/core/error-log'
import type { ErrorLogInput } from '../../../src/main/core/error-log'
import { Redactor } from '../../../src/main/core/log/redactor'

/** A fresh data dir under the OS temp dir; `cleanup` removes every one made. */
const made: string[] = []
export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cs-errlog-'))
  made.push(dir)
  return dir
}
export function cleanupDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/** An error log on a temp dir with test-friendly defaults (no fsync, no stderr noise). */
export function makeLog(options: Partial<ErrorLogOptions> = {}): { log: ErrorLog; dataDir: string; logDir: string; errors: string[] } {
  const dataDir = options.dataDir ?? tempDataDir()
  const errors: string[] = []
  const log = new ErrorLog({ redactor: new Redactor(), sync: 'none', onError: (m) => errors.push(m), ...options, dataDir })
  return { log, dataDir, logDir: log.dir, errors }
}

/** A plausible failed-operation input; override any field. */
export function sample(overrides: Partial<ErrorLogInput> = {}): ErrorLogInput {
  return {
    operation: 'campaigns.list',
    kind: 'server',
    status: 500,
    method: 'GET',
    path: '/campaigns',
    message: 'ColdSend had an internal error.',
    requestId: 'req-1',
    attempts: 3,
    guidance: 'retry-later',
    durationMs: 12.5,
    profileId: 'p1',
    profileName: 'Production',
    ...overrides
  }
}

/** Every byte of every file under `dir` as one latin1 string (for canary greps). */
export function allBytes(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name)).toString('latin1'))
    .join('\n')
}

/** Names in the log dir, sorted. */
export function names(dir: string): string[] {
  return readdirSync(dir).sort()
}
