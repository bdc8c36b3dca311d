import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ErrorLog } from '../../src/main/core/error-log'
import { Redactor } from '../../src/main/core/log/redactor'

// Done-when: "a child process logs errors, is killed mid-stream, and every record it acknowledged is
// read back". The child is test/support/error-log-child.ts bundled to plain JS and run with `node`.

const MAX_FILE_BYTES = 64 * 1024
const MAX_FILES = 1000

let work: string
let childJs: string

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cs-errlog-kill-'))
  childJs = join(work, 'error-log-child.mjs')
  // Bundle the TypeScript child (and zod) into one plain ESM file with vite, a declared dev dependency.
  await build({
    configFile: false,
    logLevel: 'silent',
    root: join(import.meta.dirname, '..', '..'),
    ssr: { noExternal: true },
    build: {
      ssr: join(import.meta.dirname, '..', 'support', 'error-log-child.ts'),
      outDir: work,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: false,
      rolldownOptions: { output: { format: 'esm', entryFileNames: 'error-log-child.mjs' } }
    }
  })
})

afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Runs the child until it has acknowledged `killAfter` records, then SIGKILLs it; returns every id it acknowledged. */
function runAndKill(dataDir: string, killAfter: number): Promise<{ acked: string[]; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childJs, dataDir, String(MAX_FILE_BYTES), String(MAX_FILES)], { stdio: ['ignore', 'pipe', 'pipe'] })
    const acked: string[] = []
    let stderr = ''
    let killed = false
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith('ack ')) return
      acked.push(line.slice(4))
      if (!killed && acked.length >= killAfter) {
        killed = true
        // a random few ms later, so the kill lands anywhere in the child's write loop
        setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 6))
      }
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
    child.on('error', reject)
    // 'close' waits for stdout to drain, so every id the child printed before dying is counted.
    child.on('close', (_code, signal) => {
      clearTimeout(timer)
      resolve({ acked, signal, stderr })
    })
  })
}

async function readBack(dataDir: string): Promise<{ ids: Set<string>; count: number; skippedLines: number }> {
  const log = new ErrorLog({ dataDir, redactor: new Redactor(), maxFileBytes: MAX_FILE_BYTES, maxFiles: MAX_FILES, onError: () => undefined })
  const exported = await log.export()
  const page = await log.query({ limit: 1 })
  await log.close()
  const ids = new Set(exported.text.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id))
  return { ids, count: exported.count, skippedLines: page.skippedLines }
}

describe('error log under kill -9', () => {
  it('keeps every acknowledged record across repeated SIGKILLs mid-stream', async () => {
    const dataDir = join(work, 'data')
    const allAcked: string[] = []
    const rounds = [2500, 4000, 1500]
    for (const [round, killAfter] of rounds.entries()) {
      const run = await runAndKill(dataDir, killAfter)
      expect(run.signal, run.stderr).toBe('SIGKILL')
      expect(run.acked.length).toBeGreaterThanOrEqual(killAfter)
      allAcked.push(...run.acked)

      const back = await readBack(dataDir)
      const missing = allAcked.filter((id) => !back.ids.has(id))
      expect(missing).toEqual([])
      // killed mid-stream: the file may hold records written but not yet acknowledged, never fewer
      expect(back.count).toBeGreaterThanOrEqual(allAcked.length)
      // at most one torn line per kill, and it never hides a neighbour
      expect(back.skippedLines).toBeLessThanOrEqual(round + 1)
      const unacked = back.count - allAcked.length
      console.log(`kill round ${round + 1}: ${run.acked.length} acknowledged, ${unacked} written but unacknowledged, ${back.skippedLines} torn line(s) skipped in total`)
    }
  }, 60_000)
})
