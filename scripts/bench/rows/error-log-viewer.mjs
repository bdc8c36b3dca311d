/* global document, window, MutationObserver, requestAnimationFrame, KeyboardEvent */
// Row group: the error log VIEWER with 100,000 records, in real headless Chromium against the real
// browser-mode console (`out/main/web.js`). Each figure stands beside a BASELINE measured in the same
// run on the same files — reading the JSONL files raw and JSON.parse of every line in Node — so machine
// speed cancels out of the ratios; scroll frame times are compared with idle frames of the same page.
//
// Steps: write the records through the real ErrorLog into a temp data dir (default caps), start
// browser mode on it (embedded sandbox, no key needed), then in Chromium: open #/errors cold (fresh
// process: the core reads the log) and warm (reload), filter by kind and by status class, search a
// request id, switch to "All records", jump to the oldest record, scroll, and import the whole log as
// a 40+ MB export. Timings are taken inside the page (../page-timing.mjs) up to the frame that paints
// the result; the page context bypasses CSP only so those in-page timers can be injected.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { baselineParse, writeBenchLog } from '../error-log-fixture.mjs'
import { frameTimes, medianOf, percentile, timeInPage } from '../page-timing.mjs'
import { launchBrowser, startConsole } from '../console-process.mjs'

const MiB = 1024 * 1024
/** The viewer's search debounce (SEARCH_DEBOUNCE_MS in ErrorList.tsx): typing → search includes it. */
const SEARCH_DEBOUNCE_MS = 250

/** Measures the viewer with `records` records (default 100,000); returns table rows. */
export async function run({ root, load, chromiumPath, records: RECORDS = 100_000, keep = false }) {
  if (!chromiumPath) return [{ what: 'error log viewer', value: null, unit: 'ms', budget: 'first rows ≤ 200 ms, search ≤ 200 ms', ok: null, note: 'not measured: no Chromium (apt-get install chromium)' }]
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
  const rssOf = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024

  const app = await startConsole(root, dataDir)
  const browser = await launchBrowser(chromiumPath)
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

  await browser.close()
  app.stop()


  if (keep) console.log(`kept ${dataDir}`)
  else rmSync(dataDir, { recursive: true, force: true })
  const n = RECORDS.toLocaleString('en')
  const base = { baseline: baselineMs, baselineWhat: `read ${n} records' JSONL raw + JSON.parse (Node)`, unit: 'ms' }
  const idle95 = percentile(idleFrames, 95)
  const scroll95 = percentile(scrollFrames, 95)
  return [
    { ...base, what: `error log ${n}: first rows, cold start (navigation → row painted; core reads the log)`, value: cold.rows, budget: '—', ok: null, note: `of which ${(cold.rows - cold.screen).toFixed(0)} ms after the screen was up; log ${written.files} files, ${(written.bytes / MiB).toFixed(1)} MiB; viewer said "${totalText}"` },
    { ...base, what: `error log ${n}: first rows, warm (reload; after the screen is up)`, value: warm.rows - warm.screen, budget: '≤ 200 ms', ok: warm.rows - warm.screen <= 200, note: `reload → first row ${warm.rows.toFixed(0)} ms in all (page load and bridge included)` },
    { ...base, what: `error log ${n}: filter by kind chip → count painted`, value: kindFilter, budget: '—', ok: null },
    { ...base, what: `error log ${n}: filter Status 5xx → count painted`, value: statusFilter, budget: '—', ok: null },
    { ...base, what: `error log ${n}: full-text search for a request id (after the ${SEARCH_DEBOUNCE_MS} ms debounce)`, value: Math.max(0, search - SEARCH_DEBOUNCE_MS), budget: '≤ 200 ms', ok: search - SEARCH_DEBOUNCE_MS <= 200, note: `typed → 1 match painted ${search.toFixed(0)} ms including the debounce` },
    { ...base, what: `error log ${n}: "All records" → first record row painted`, value: allRecords, budget: '—', ok: null },
    { ...base, what: `error log ${n}: End → oldest record painted (incl. 150 ms scroll settle)`, value: toOldest, budget: '—', ok: null },
    { what: `error log ${n}: scrolling All records 600 px a frame, frame time p95`, value: scroll95, unit: 'ms', baseline: idle95, baselineWhat: 'idle frames of the same page, p95', budget: '≤ 16.7 ms (60 fps)', ok: scroll95 <= 16.7 * 1.05, note: `max ${Math.max(...scrollFrames).toFixed(1)} ms over ${scrollFrames.length} frames` },
    { ...base, what: `error log ${n}: import a ${(exported.text.length / MiB).toFixed(1)} MiB export through the page`, value: importMs, budget: '—', ok: null, note: `"${importedText}"; page JS heap ${(heap / MiB).toFixed(1)} MiB, console RSS ${(serverRss / MiB).toFixed(1)} MiB after all of the above` }
  ]
}
