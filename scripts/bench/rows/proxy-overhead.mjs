/* global location */
// Row: what the console's proxy adds to one API call. Proxied: the page (Chromium) sends
// `campaigns.list` over the browser-mode bridge (WebSocket) → the shell → the core (contract checks,
// request budget, redaction) → ky → the sandbox (its own process on 127.0.0.1), and times the answer
// in the page. Baseline in the same run: the same request by a bare ky call from Node to the same sandbox.
// The console's own request budget allows 100 calls a minute (the documented limit), so each side
// makes 90 sequential calls (9 rounds of 10, interleaved, each after a warm-up call); p99 of 90 samples
// is close to their maximum.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import ky from 'ky'
import { percentile } from '../page-timing.mjs'
import { launchBrowser, startConsole, startSandboxProcess } from '../console-process.mjs'

const WARMUP = 1
const SAMPLES = 90
const ROUNDS = 9

/** Measures proxied and bare call latency; returns the p50 and p99 overhead rows. */
export async function run({ root, load, chromiumPath }) {
  if (!chromiumPath) return [{ what: 'proxied call overhead', value: null, unit: 'ms', budget: 'p50 ≤ 0.5 ms, p99 ≤ 3 ms', ok: null, note: 'not measured: no Chromium (apt-get install chromium)' }]
  const dataDir = mkdtempSync(join(tmpdir(), 'cs-bench-proxy-'))
  const sandbox = await startSandboxProcess(root, join(dataDir, 'sandbox'), ['--rate-per-minute', '10000', '--rate-per-hour', '100000'])
  const key = sandbox.key
  const app = await startConsole(root, dataDir, { COLDSEND_BASE_URL: sandbox.baseUrl, COLDSEND_API_KEY: key })
  const browser = await launchBrowser(chromiumPath)
  try {
    const page = await (await browser.newContext()).newPage()
    // A page of the console's origin without the app in it: the measuring client is the only one, so
    // the app's own reactions (re-rendering the request budget each call) are not counted.
    await page.goto(new URL('/bench-blank', app.url).toString())
    const token = new URL(app.url).searchParams.get('token')
    const viaBridge = (op, count) => page.evaluate(
      async ({ token, warmup, samples, op }) => {
        const ws = new WebSocket(`ws://${location.host}/bridge`, ['coldsend.bridge.v1', `coldsend.token.${token}`])
        await new Promise((resolve, reject) => ((ws.onopen = resolve), (ws.onerror = reject)))
        const waiting = new Map()
        ws.onmessage = (event) => {
          const message = JSON.parse(event.data)
          if (message.type === 'result') waiting.get(message.id)?.(message.result)
        }
        const call = (id) => new Promise((resolve) => (waiting.set(id, resolve), ws.send(JSON.stringify({ id, op, input: {} }))))
        const times = []
        for (let i = 0; i < warmup + samples; i += 1) {
          const started = performance.now()
          const result = await call(i + 1)
          if (!result.ok) throw new Error(`${op} failed: ${JSON.stringify(result.error)}`)
          if (i >= warmup) times.push(performance.now() - started)
        }
        ws.close()
        return times
      },
      { token, warmup: WARMUP, samples: count, op }
    )
    const api = ky.create({ prefixUrl: sandbox.baseUrl, headers: { 'X-API-Key': key }, retry: 0 })
    const { bootTestCore } = await load('test/support/boot-core.ts')
    const { core } = await bootTestCore(mkdtempSync(join(tmpdir(), 'cs-bench-core-')), { COLDSEND_BASE_URL: sandbox.baseUrl, COLDSEND_API_KEY: key })
    const timed = async (times, fn) => {
      const started = performance.now()
      await fn()
      times.push(performance.now() - started)
    }
    // Interleaved in rounds, so a burst of load elsewhere on the machine falls on every side alike.
    const proxied = []
    const bare = []
    const inCore = []
    const local = []
    for (let round = 0; round < ROUNDS; round += 1) {
      proxied.push(...(await viaBridge('campaigns.list', SAMPLES / ROUNDS)))
      // The bridge alone: an operation the core answers itself (no API call, no budget).
      local.push(...(await viaBridge('app.info', SAMPLES / ROUNDS)))
      for (let i = 0; i < WARMUP + SAMPLES / ROUNDS; i += 1) await timed(i < WARMUP ? [] : bare, () => api.get('campaigns').json())
      // The core alone, in this process: core.invoke (contract checks, budget, redaction, ky).
      for (let i = 0; i < SAMPLES / ROUNDS; i += 1) {
        await timed(round === 0 && i < WARMUP ? [] : inCore, async () => {
          const result = await core.invoke('campaigns.list', {})
          if (!result.ok) throw new Error(`core campaigns.list failed: ${JSON.stringify(result.error)}`)
        })
      }
    }
    await core.close?.()
    const p50 = percentile(proxied, 50) - percentile(bare, 50)
    const whyOver = `Most of it is the browser-mode transport, not the proxy's own work. The core alone (core.invoke in one process: contract checks, budget, redaction, ky) adds ${(percentile(inCore, 50) - percentile(bare, 50)).toFixed(2)} ms at p50. A bridge round trip that never reaches the API (app.info) already costs ${percentile(local, 50).toFixed(2)} ms p50: Chromium carries WebSocket frames through its network-service process. The remainder is wake-ups across four processes (page, Chromium network service, console, sandbox) on this 2-core VM, against the baseline's two. Fix: none in the proxy. The Electron shell reaches the same core over IPC without the WebSocket and network-service hops; it cannot be measured here (no Electron binary).`
    const p99 = percentile(proxied, 99) - percentile(bare, 99)
    const note = `proxied p50 ${percentile(proxied, 50).toFixed(2)} / p99 ${percentile(proxied, 99).toFixed(2)} ms; bare ky p50 ${percentile(bare, 50).toFixed(2)} / p99 ${percentile(bare, 99).toFixed(2)} ms; ${SAMPLES} sequential calls each; the bridge alone (app.info, answered by the core) p50 ${percentile(local, 50).toFixed(2)} ms`
    return [
      { what: 'proxied call overhead p50: page → bridge → core → ky → sandbox', value: p50, unit: 'ms', baseline: percentile(bare, 50), baselineWhat: 'bare ky call from Node, p50', budget: 'overhead ≤ 0.5 ms', ok: p50 <= 0.5, note, whyOver },
      { what: 'proxied call overhead p99', value: p99, unit: 'ms', baseline: percentile(bare, 99), baselineWhat: 'bare ky call from Node, p99', budget: 'overhead ≤ 3 ms', ok: p99 <= 3, whyOver },
      {
        what: 'the core alone (as Electron IPC reaches it): core.invoke overhead p50',
        value: percentile(inCore, 50) - percentile(bare, 50),
        unit: 'ms',
        baseline: percentile(bare, 50),
        baselineWhat: 'bare ky call from Node, p50',
        budget: '—',
        ok: null,
        note: `core.invoke p50 ${percentile(inCore, 50).toFixed(2)} / p99 ${percentile(inCore, 99).toFixed(2)} ms in the benchmark's own process`
      }
    ]
  } finally {
    await browser.close()
    app.stop()
    sandbox.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
