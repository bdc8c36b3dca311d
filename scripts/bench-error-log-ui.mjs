/* global document, window, MutationObserver, requestAnimationFrame, KeyboardEvent */
// `npm run bench:error-log-ui`: the error log VIEWER with 100,000 records, in real headless Chromium
// against the real browser-mode console (`out/main/web.js`). Not a test: nothing is asserted and CI
// does not run it. It prints each figure beside a BASELINE measured in the same run on the same files —
// reading the JSONL files raw and JSON.parse of every line in Node — so machine speed cancels out of
// the ratios. Scroll frame times are compared with idle frames of the same page instead.
//
// Steps: write 100,000 records through the real ErrorLog into a temp data dir (default caps), start
// browser mode on it (embedded sandbox, no key needed), then in Chromium: open #/errors cold (fresh
// process: the core reads the log) and warm (reload), filter by kind and by status class, search a
// request id, switch to "All records", jump to the oldest record, scroll, and import the whole log as
// a 40+ MB export. Timings are taken inside the page (scripts/bench/page-timing.mjs) up to the frame
// that paints the result; the page context bypasses CSP only so those in-page timers can be injected.
//
// Options: --records=N (default 100000), --keep (leave the temp dir).
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { chromium } from 'playwright-core'
import { runnerImport } from 'vite'
import { baselineParse, writeBenchLog } from './bench/error-log-fixture.mjs'
import { frameTimes, medianOf, percentile, timeInPage } from './bench/page-timing.mjs'

const root = join(import.meta.dirname, '..')
const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback
const RECORDS = Number(arg('records', '100000'))
/** The viewer's search debounce (SEARCH_DEBOUNCE_MS in ErrorList.tsx): typing → search includes it. */
const SEARCH_DEBOUNCE_MS = 250
const KEEP = process.argv.includes('--keep')
const MiB = 1024 * 1024
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => p && existsSync(p))
if (!CHROMIUM) {
  console.log('bench:error-log-ui needs Chromium (apt-get install chromium); nothing measured.')
  process.exit(0)
}

await import('./ensure-built.js')
const load = async (path) => (await runnerImport(join(root, path), { configFile: false, logLevel: 'error' })).module
const { ErrorLog } = await load('src/main/core/error-log/index.ts')
const { Redactor } = await load('src/main/core/log/redactor.ts')

// ---------------------------------------------------------------- the log and the baseline
const dataDir = mkdtempSync(join(tmpdir(), 'cs-bench-errlog-ui-'))
const options = { dataDir, redactor: new Redactor(), sync: 'none' }
const written = await writeBenchLog(ErrorLog, options, RECORDS)
const baselineMs = await medianOf(5, () => {
  const started = performance.now()
  baselineParse(dataDir)
  return performance.now() - started
})
const exportLog = new ErrorLog(options)
const exported = await exportLog.export({})
await exportLog.close()
const exportFile = join(dataDir, 'exported.jsonl')
writeFileSync(exportFile, exported.text)

// ---------------------------------------------------------------- the console
/** Starts `node out/main/web.js` on the data dir and resolves with its URL and process. */
function startConsole() {
  const child = spawn(process.execPath, [join(root, 'out/main/web.js'), '--no-open', '--port', '0', '--data-dir', dataDir], {
    cwd: root,
    env: { ...process.env, COLDSEND_BASE_URL: '', COLDSEND_API_KEY: '' },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let out = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${out}`)), 30_000)
    child.stderr.on('data', (d) => (out += d))
    child.stdout.on('data', (d) => {
      out += d
      const match = /Console ready at (\S+)/.exec(out)
      if (match) {
        clearTimeout(timer)
        resolve({ url: match[1], child })
      }
    })
  })
}
const rssOf = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024

const app = await startConsole()
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] })
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true })
const page = await context.newPage()
page.setDefaultTimeout(120_000)
const cdp = await context.newCDPSession(page)
await cdp.send('Performance.enable')
const jsHeap = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize').value

// In-page predicates and actions (run inside the page; no closures over this file).
const countText = () => document.querySelector('.error-list__count')?.textContent ?? ''
/** Time from navigation start to the first issue row painted, read from a MutationObserver installed before the app runs. */
await page.addInitScript(() => {
  window.__firstRows = null
  window.__screenUp = null
  new MutationObserver((_, observer) => {
    if (window.__screenUp === null && document.querySelector('h1')?.textContent === 'Error log') {
      requestAnimationFrame(() => (window.__screenUp = performance.now()))
    }
    if (document.querySelector('[aria-label="Error groups"] article')) {
      observer.disconnect()
      requestAnimationFrame(() => (window.__firstRows = performance.now()))
    }
  }).observe(document, { childList: true, subtree: true })
})
/** Navigation start → screen painted (app boot, the baseline) and → first issue row painted. */
const firstRowsAfterNavigation = async () => {
  await page.waitForFunction(() => window.__firstRows !== null && window.__screenUp !== null, null, { polling: 50 })
  return page.evaluate(() => ({ rows: window.__firstRows, screen: window.__screenUp }))
}

// ---------------------------------------------------------------- measurements
const cold = await (async () => {
  await page.goto(new URL('#/errors', app.url).toString())
  return firstRowsAfterNavigation()
})()
const warmRuns = []
for (let i = 0; i < 3; i += 1) {
  await page.reload()
  warmRuns.push(await firstRowsAfterNavigation())
}
const warm = warmRuns.sort((a, b) => a.rows - b.rows)[1]
const totalText = await page.evaluate(countText)

/** Clicks the kind chip whose text starts with `kind`, waits for the count to change; then clicks it off again. */
const kindFilter = await medianOf(3, async () => {
  const on = await timeInPage(
    page,
    () => [...document.querySelectorAll('.error-kind-chip')].find((b) => b.textContent.startsWith('server ')).click(),
    () => /match$/.test(document.querySelector('.error-list__count')?.textContent ?? '')
  )
  await timeInPage(
    page,
    () => [...document.querySelectorAll('.error-kind-chip')].find((b) => b.textContent.startsWith('server ')).click(),
    () => !/match$/.test(document.querySelector('.error-list__count')?.textContent ?? '')
  )
  return on
})

/** Picks 5xx in the Status select (React listens for change), waits for the filtered count; then back to all. */
const setStatus = (value) => `() => { const s = document.getElementById([...document.querySelectorAll('label')].find((l) => l.textContent === 'Status').htmlFor); s.value = '${value}'; s.dispatchEvent(new Event('change', { bubbles: true })) }`
const statusFilter = await medianOf(3, async () => {
  const on = await timeInPage(page, setStatus('5xx'), () => /match$/.test(document.querySelector('.error-list__count')?.textContent ?? ''))
  await timeInPage(page, setStatus(''), () => !/match$/.test(document.querySelector('.error-list__count')?.textContent ?? ''))
  return on
})

/** Types a request id into "Search errors" (native setter + input event, as typing does) and waits for the single match. */
const typeSearch = (value) => `() => { const i = document.getElementById([...document.querySelectorAll('label')].find((l) => l.textContent === 'Search errors').htmlFor); Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(i, '${value}'); i.dispatchEvent(new Event('input', { bubbles: true })) }`
const search = await medianOf(3, async () => {
  const found = await timeInPage(page, typeSearch(written.needleRequestId), () => (document.querySelector('.error-list__count')?.textContent ?? '').startsWith('1 record in 1 group match'))
  await timeInPage(page, typeSearch(''), () => !/match$/.test(document.querySelector('.error-list__count')?.textContent ?? ''))
  return found
})

// "All records": the flat virtual grid of every record.
const allRecords = await timeInPage(
  page,
  () => [...document.querySelectorAll('label')].find((l) => l.textContent === 'All records').click(),
  () => [...document.querySelectorAll('[aria-label="Error records"] [role="row"][aria-rowindex="2"] [role="gridcell"]')].some((c) => c.textContent && c.textContent !== 'Loading…')
)
const lastIndex = String(RECORDS + 1)
await page.getByRole('grid', { name: 'Error records' }).focus()
const toOldest = await timeInPage(
  page,
  () => document.querySelector('[aria-label="Error records"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true })),
  new Function(`return () => { const row = document.querySelector('[aria-label="Error records"] [role="row"][aria-rowindex="${lastIndex}"]'); return row !== null && !row.textContent.includes('Loading…') }`)()
)
await page.evaluate(() => (document.querySelector('[aria-label="Error records"]').scrollTop = 0))
const idleFrames = await frameTimes(page, 120, null)
const scrollFrames = await frameTimes(page, 240, (i) => (document.querySelector('[aria-label="Error records"]').scrollTop = i * 600))
const heap = await jsHeap()
const serverRss = rssOf(app.child.pid)

// Import the whole log (as exported by the core) through "Import a log file".
const importStarted = performance.now()
await page.getByLabel('Import a log file').setInputFiles(exportFile)
await page.getByText(/^Imported [\d,]+ records/).waitFor({ timeout: 300_000 })
const importMs = performance.now() - importStarted
const importedText = await page.getByText(/^Imported [\d,]+ records/).textContent()
await page.screenshot({ path: join(root, 'test-results', 'bench-error-log-ui.png') }).catch(() => {})

const chromiumVersion = browser.version()
await browser.close()
app.child.kill('SIGTERM')

// ---------------------------------------------------------------- report
const ms = (n) => `${n.toFixed(1).padStart(8)} ms`
const row = (label, n, base = baselineMs, baseName = 'baseline') => console.log(`${label.padEnd(62)} ${ms(n)}  ${(n / base).toFixed(2).padStart(6)}× ${baseName}`)
console.log(`error-log viewer benchmark — ${RECORDS.toLocaleString('en')} records, Chromium ${chromiumVersion} headless, node ${process.version}, ${process.platform}/${process.arch}`)
console.log(`log: ${written.files} files, ${(written.bytes / MiB).toFixed(1)} MiB (default caps 10 × 5 MiB); viewer says "${totalText}"`)
console.log('')
console.log(`${'BASELINE: read the JSONL files raw + JSON.parse every line (Node)'.padEnd(62)} ${ms(baselineMs)}  (median of 5)`)
row('first rows, cold: navigation → first issue row painted', cold.rows)
row('  of which after the screen was up (the core reading the log)', cold.rows - cold.screen)
row('first rows, warm: reload → first issue row painted (median 3)', warm.rows)
row('  of which after the screen was up', warm.rows - warm.screen)
row('filter: kind chip "server" → filtered count painted (median 3)', kindFilter)
row('filter: Status 5xx → filtered count painted (median 3)', statusFilter)
row(`search request id: typed → 1 match painted (incl. ${SEARCH_DEBOUNCE_MS} ms debounce)`, search)
row('search request id, after the debounce', Math.max(0, search - SEARCH_DEBOUNCE_MS))
row('"All records" → first record row painted', allRecords)
row('End → oldest record painted (incl. 150 ms scroll settle)', toOldest)
row(`import ${(exported.text.length / MiB).toFixed(1)} MiB export → "${importedText}"`, importMs)
const idle95 = percentile(idleFrames, 95)
console.log('')
console.log(`${'BASELINE: idle frame time p95 (same page, no scrolling)'.padEnd(62)} ${ms(idle95)}`)
row('scrolling All records 600 px a frame: frame time p95', percentile(scrollFrames, 95), idle95, 'idle')
row('scrolling All records 600 px a frame: frame time max', Math.max(...scrollFrames), idle95, 'idle')
console.log('')
console.log(`page JS heap after all of the above: ${(heap / MiB).toFixed(1)} MiB; console process RSS: ${(serverRss / MiB).toFixed(1)} MiB`)

if (KEEP) console.log(`kept ${dataDir}`)
else rmSync(dataDir, { recursive: true, force: true })
process.exit(0)
