// @vitest-environment jsdom
import { createElement } from 'react'
import Papa from 'papaparse'
import axe from 'axe-core'
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ErrorLogGroup, ErrorLogGroups, ErrorLogGroupsInput, ErrorLogQueryInput, ErrorLogRecord } from '../../src/shared/contract/error-log'
import { OPERATION_NAMES } from '../../src/shared/contract/operations'
import { ErrorsScreen } from '../../src/renderer/src/screens/errors/ErrorsScreen'
import { useProfilesStore } from '../../src/renderer/src/stores/profiles-store'
import { createFakeFacade, type FakeFacade, type Handlers } from './helpers/fake-facade'
import { currentLocation, renderWithFacade } from './helpers/render'

// jsdom has no layout: a 480 px viewport and 96 px rows give the virtualiser something to fill.
const faked = ['clientHeight', 'clientWidth', 'offsetHeight'] as const
const saved = faked.map((name) => [name, Object.getOwnPropertyDescriptor(Element.prototype, name), Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)] as const)
beforeAll(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', { configurable: true, get: () => 480 })
  Object.defineProperty(Element.prototype, 'clientWidth', { configurable: true, get: () => 960 })
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => 96 })
})
afterAll(() => {
  for (const [name, onElement, onHtml] of saved) {
    if (onElement) Object.defineProperty(Element.prototype, name, onElement)
    else delete (Element.prototype as unknown as Record<string, unknown>)[name]
    if (onHtml) Object.defineProperty(HTMLElement.prototype, name, onHtml)
  }
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})
beforeEach(() => useProfilesStore.getState().reset())

const HOUR = 3_600_000
const NOW = Date.parse('2026-12-03T08:00:00.000Z')
const iso = (ms: number) => new Date(ms).toISOString()

function group(n: number, overrides: Partial<ErrorLogGroup> = {}): ErrorLogGroup {
  return {
    fingerprint: `fp-${n}`,
    operation: n % 2 ? 'campaigns.create' : 'leads.upload',
    kind: n % 2 ? 'validation' : 'server',
    status: n % 2 ? 422 : 503,
    title: `Problem number ${n}`,
    count: n + 1,
    firstSeen: iso(NOW - 20 * HOUR),
    lastSeen: iso(NOW - n * 60_000),
    profiles: ['Production'],
    buckets: [0, 1, 0, 2, 0, 3],
    latestId: `rec-${n}-0`,
    ...overrides
  }
}

function groupsOf(groups: ErrorLogGroup[], overrides: Partial<ErrorLogGroups> = {}): ErrorLogGroups {
  return {
    groups,
    totalGroups: groups.length,
    totalRecords: groups.reduce((a, g) => a + g.count, 0),
    kinds: { validation: 12, server: 3 },
    range: { from: iso(NOW - 6 * HOUR), to: iso(NOW) },
    skippedLines: 0,
    quarantinedFiles: [],
    ...overrides
  }
}

function record(n: number, overrides: Partial<ErrorLogRecord> = {}): ErrorLogRecord {
  return {
    v: 1,
    id: `rec-${n}`,
    time: iso(NOW - n * 60_000),
    profileId: 'p1',
    profileName: 'Production',
    operation: 'campaigns.create',
    method: 'POST',
    path: '/campaigns',
    status: 422,
    kind: 'validation',
    message: `Message ${n}`,
    detail: `Detail ${n}`,
    requestId: `req-${n}`,
    attempts: 1,
    durationMs: 120,
    guidance: 'fix-input',
    ...overrides
  }
}

/** The screen over a fake facade whose groups answer is `answer` (by default two groups). */
function renderScreen(route = '/errors', answer: (input: ErrorLogGroupsInput) => ErrorLogGroups = () => groupsOf([group(1), group(2)]), more: Handlers = {}): FakeFacade {
  const fake = createFakeFacade({ ...more, 'errorLog.groups': (input) => ({ ok: true, value: answer(input) }) })
  renderWithFacade(createElement(ErrorsScreen), fake.facade, { route })
  return fake
}

const groupsInputs = (fake: FakeFacade) => fake.spy('errorLog.groups').mock.calls.map(([input]) => input as ErrorLogGroupsInput)
const lastGroupsInput = (fake: FakeFacade) => groupsInputs(fake).filter((i) => i.limit !== 1).at(-1)!
const params = () => new URLSearchParams(currentLocation.search)

describe('the error log list', () => {
  it('shows each group as an issue row from the local log, and asks nothing else (no API call, no profile needed)', async () => {
    const fake = renderScreen()
    const row = await screen.findByRole('article', { name: 'Problem number 1' })
    const r = within(row)
    expect(r.getByText('campaigns.create')).toBeTruthy()
    expect(r.getByText('validation')).toBeTruthy()
    expect(r.getByText('Status 422')).toBeTruthy()
    expect(r.getByText('2 times')).toBeTruthy()
    expect(r.getByText(/^First seen /)).toBeTruthy()
    expect(r.getByText('Profiles: Production')).toBeTruthy()
    expect(r.getByRole('img').getAttribute('aria-label')).toBe('Occurrences: 3 in the last hour, 6 over 6 hours, at most 3 per hour')
    expect(r.getByRole('link', { name: 'Open latest' }).getAttribute('href')).toBe('/errors/rec-1-0')
    expect(screen.getByText('5 records in 2 groups')).toBeTruthy()
    expect(groupsInputs(fake)).toEqual([{ source: 'local', limit: 500, offset: 0, buckets: 24 }])
    // Only console-local reads: the groups, and the log's size (how many records an import would replace).
    const asked = OPERATION_NAMES.filter((op) => fake.spy(op).mock.calls.length > 0)
    expect(asked).toEqual(['errorLog.groups', 'errorLog.info'])
  })

  it('renders only the rows in view of 3,000 groups, with their real positions', async () => {
    renderScreen('/errors', () => groupsOf(Array.from({ length: 3000 }, (_, i) => group(i))))
    const list = await screen.findByRole('list', { name: 'Error groups' })
    await screen.findByRole('article', { name: 'Problem number 0' })
    const items = within(list).getAllByRole('listitem')
    expect(items.length).toBeLessThan(20)
    expect(items[0]!.getAttribute('aria-setsize')).toBe('3000')
    expect(items[1]!.getAttribute('aria-posinset')).toBe('2')
  })

  it('puts every filter in the address and in the groups input', async () => {
    useProfilesStore.getState().apply({
      profiles: [{ id: 'p1', name: 'Production', baseUrl: 'https://x.example', kind: 'user', key: { configured: true, last4: '1234', backend: 'keyring' }, active: true, scopesSeen: [] }],
      activeId: 'p1',
      storage: null as never,
      sandboxRestorable: false
    })
    const fake = renderScreen()
    await screen.findByRole('article', { name: 'Problem number 1' })
    const before = Date.now()
    fireEvent.change(screen.getByLabelText('Time range'), { target: { value: '1h' } })
    await waitFor(() => expect(lastGroupsInput(fake).from).toBeDefined())
    expect(Math.abs(Date.parse(lastGroupsInput(fake).from!) - (before - HOUR))).toBeLessThan(5000)
    expect(params().get('range')).toBe('1h')

    fireEvent.change(screen.getByLabelText('Status'), { target: { value: '5xx' } })
    await waitFor(() => expect(lastGroupsInput(fake).statusClass).toBe('5xx'))
    expect(params().get('status')).toBe('5xx')

    fireEvent.change(screen.getByLabelText('Status code'), { target: { value: '503' } })
    await waitFor(() => expect(lastGroupsInput(fake).status).toBe(503))
    expect(lastGroupsInput(fake).statusClass).toBeUndefined()
    expect(params().get('code')).toBe('503')

    fireEvent.change(screen.getByLabelText('Operation'), { target: { value: 'leads.upload' } })
    await waitFor(() => expect(lastGroupsInput(fake).operation).toBe('leads.upload'))
    expect(params().get('op')).toBe('leads.upload')

    fireEvent.change(screen.getByLabelText('Profile'), { target: { value: 'p1' } })
    await waitFor(() => expect(lastGroupsInput(fake).profileId).toBe('p1'))
    expect(params().get('profile')).toBe('p1')

    fireEvent.change(screen.getByLabelText('Time range'), { target: { value: 'custom' } })
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-12-01T09:30' } })
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-12-02T18:00' } })
    await waitFor(() => expect(lastGroupsInput(fake).to).toBe(new Date('2026-12-02T18:00').toISOString()))
    expect(lastGroupsInput(fake).from).toBe(new Date('2026-12-01T09:30').toISOString())
    expect(params().get('from')).toBe('2026-12-01T09:30')

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }))
    await waitFor(() => expect(currentLocation.search).toBe(''))
    // Back to the unfiltered read (served from the cache: the same input as the first one).
    expect((screen.getByLabelText('Time range') as HTMLSelectElement).value).toBe('all')
    expect((screen.getByLabelText('Status code') as HTMLInputElement).value).toBe('')
    expect((screen.getByLabelText('Operation') as HTMLSelectElement).value).toBe('')
    expect(screen.queryByLabelText('From')).toBeNull()
    expect(screen.getByRole('button', { name: 'Clear filters' }).hasAttribute('disabled')).toBe(true)
    expect(await screen.findByText('5 records in 2 groups')).toBeTruthy()
  })

  it('reads its filters back from the address (a bookmark or reload keeps them)', async () => {
    const fake = renderScreen('/errors?status=4xx&kind=validation&q=req-9&op=campaigns.create')
    await screen.findByRole('article', { name: 'Problem number 1' })
    expect(lastGroupsInput(fake)).toEqual({ source: 'local', statusClass: '4xx', kind: 'validation', operation: 'campaigns.create', text: 'req-9', limit: 500, offset: 0, buckets: 24 })
    expect((screen.getByLabelText('Search errors') as HTMLInputElement).value).toBe('req-9')
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('4xx')
  })

  it('shows counts per kind as toggle chips that filter by kind, keeping the other kinds to switch to', async () => {
    const fake = renderScreen('/errors', (input) => (input.kind ? groupsOf([group(1)], { kinds: { validation: 12 } }) : groupsOf([group(1), group(2)])))
    const chip = await screen.findByRole('button', { name: 'validation 12' })
    expect(chip.getAttribute('aria-pressed')).toBe('false')
    fireEvent.click(chip)
    await waitFor(() => expect(lastGroupsInput(fake).kind).toBe('validation'))
    expect(params().get('kind')).toBe('validation')
    expect(screen.getByRole('button', { name: 'validation 12' }).getAttribute('aria-pressed')).toBe('true')
    expect(await screen.findByText('2 records in 1 group match')).toBeTruthy()
    // The counts come from the same filter without the kind, so "server" stays offered.
    const facet = await waitFor(() => {
      const found = groupsInputs(fake).find((i) => i.limit === 1)
      expect(found).toBeDefined()
      return found!
    })
    expect(facet.kind).toBeUndefined()
    expect(await screen.findByRole('button', { name: 'server 3' })).toBeTruthy()
    expect((screen.getByLabelText('Kind') as HTMLSelectElement).value).toBe('validation')
    fireEvent.click(screen.getByRole('button', { name: 'validation 12' }))
    await waitFor(() => expect(params().get('kind')).toBeNull())
    expect(await screen.findByText('5 records in 2 groups')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'validation 12' }).getAttribute('aria-pressed')).toBe('false')
  })

  it('searches once typing rests for 250 ms, with the last text only', async () => {
    const fake = renderScreen()
    await screen.findByRole('article', { name: 'Problem number 1' })
    const box = screen.getByLabelText('Search errors')
    for (const text of ['r', 're', 'req', 'req-42']) fireEvent.change(box, { target: { value: text } })
    expect(params().get('q')).toBe('req-42')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(groupsInputs(fake).some((i) => i.text !== undefined)).toBe(false)
    await waitFor(() => expect(lastGroupsInput(fake).text).toBe('req-42'))
    expect(groupsInputs(fake).map((i) => i.text).filter(Boolean)).toEqual(['req-42'])
  })

  it('expands a group to its records, each linking to its page, and pages older ones with "Show more"', async () => {
    const fake = renderScreen('/errors?kind=validation')
    fake.set('errorLog.query', (input: ErrorLogQueryInput) => {
      const second = input.cursor === 'c2'
      const records = second ? [record(3)] : [record(1), record(2)]
      return { ok: true, value: { records, total: 3, nextCursor: second ? null : 'c2', skippedLines: 0, quarantinedFiles: [] } }
    })
    const row = await screen.findByRole('article', { name: 'Problem number 1' })
    const toggle = within(row).getByRole('button', { name: 'Show 2 records' })
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    fireEvent.click(toggle)
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    const table = await within(row).findByRole('table', { name: 'Records of “Problem number 1”' })
    const first = fake.spy('errorLog.query').mock.calls[0]![0] as ErrorLogQueryInput
    expect(first).toEqual({ source: 'local', kind: 'validation', fingerprint: 'fp-1', limit: 50 })
    const links = within(table).getAllByRole('link')
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['/errors/rec-1', '/errors/rec-2'])
    expect(within(table).getByText('Detail 1')).toBeTruthy()
    expect(within(row).getByText('2 of 3 shown')).toBeTruthy()
    fireEvent.click(within(row).getByRole('button', { name: 'Show more' }))
    await within(row).findByText('3 of 3 shown')
    expect((fake.spy('errorLog.query').mock.calls[1]![0] as ErrorLogQueryInput).cursor).toBe('c2')
    expect(within(row).queryByRole('button', { name: 'Show more' })).toBeNull()
    fireEvent.click(within(row).getByRole('button', { name: 'Hide 2 records' }))
    expect(within(row).queryByRole('table')).toBeNull()
  })

  it('renders a hostile detail as literal text, never as HTML', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"> CANARY-sk_live_0000TESTCANARY'
    const fake = renderScreen('/errors', () => groupsOf([group(1, { title: hostile })]))
    fake.set('errorLog.query', () => ({ ok: true, value: { records: [record(1, { detail: hostile })], total: 1, nextCursor: null, skippedLines: 0, quarantinedFiles: [] } }))
    const row = await screen.findByRole('article', { name: hostile })
    fireEvent.click(within(row).getByRole('button', { name: 'Show 2 records' }))
    const cell = await within(row).findByRole('cell', { name: hostile })
    expect(cell.textContent).toBe(hostile)
    expect(document.querySelector('img')).toBeNull()
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined()
  })

  it('shows the imported view with its banner, and the source switch moves between the two', async () => {
    const fake = renderScreen('/errors?source=imported')
    expect(await screen.findByText('Imported log — read-only, from another machine.')).toBeTruthy()
    await screen.findByRole('article', { name: 'Problem number 1' })
    expect(lastGroupsInput(fake).source).toBe('imported')
    // Records open in the imported view's detail, not this computer's.
    expect(screen.getAllByRole('link', { name: 'Open latest' })[0]!.getAttribute('href')).toBe('/errors/rec-1-0?source=imported')
    expect((screen.getByRole('radio', { name: 'Imported log (read-only)' }) as HTMLInputElement).checked).toBe(true)
    fireEvent.click(screen.getByRole('radio', { name: 'This computer' }))
    await waitFor(() => expect(lastGroupsInput(fake).source).toBe('local'))
    expect(params().get('source')).toBeNull()
    expect(screen.queryByText('Imported log — read-only, from another machine.')).toBeNull()
    expect(screen.getByRole('group', { name: 'Log source' })).toBeTruthy()
  })

  it('says when nothing is recorded, when nothing matches, and when reading failed', async () => {
    renderScreen('/errors', () => groupsOf([], { kinds: {} }))
    expect(await screen.findByText('No errors recorded')).toBeTruthy()
    cleanup()
    renderScreen('/errors?kind=auth', () => groupsOf([], { kinds: {} }))
    expect(await screen.findByText('No errors match these filters')).toBeTruthy()
    cleanup()
    const fake = createFakeFacade()
    renderWithFacade(createElement(ErrorsScreen), fake.facade, { route: '/errors' })
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeTruthy()
    expect(screen.queryByRole('list', { name: 'Error groups' })).toBeNull()
  })

  it('notes damaged lines skipped and files set aside', async () => {
    renderScreen('/errors', () => groupsOf([group(1)], { skippedLines: 3, quarantinedFiles: ['errors-7.jsonl'] }))
    expect(await screen.findByText('3 damaged lines were skipped while reading the log.')).toBeTruthy()
    expect(screen.getByText(/One log file could not be read and was set aside: errors-7\.jsonl/)).toBeTruthy()
  })
})

describe('accessibility (axe, jsdom)', () => {
  // Structure and ARIA rules only: jsdom has no layout, so colour contrast is left to a browser run.
  async function violations(): Promise<string[]> {
    const result = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } })
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  }

  it('finds no violations in the imported view with a custom range and a group open', async () => {
    const fake = renderScreen('/errors?source=imported&range=custom&kind=validation')
    fake.set('errorLog.query', () => ({ ok: true, value: { records: [record(1), record(2)], total: 2, nextCursor: null, skippedLines: 0, quarantinedFiles: [] } }))
    const row = await screen.findByRole('article', { name: 'Problem number 1' })
    fireEvent.click(within(row).getByRole('button', { name: 'Show 2 records' }))
    const table = await within(row).findByRole('table')
    expect(within(table).getAllByRole('link')[0]!.getAttribute('href')).toBe('/errors/rec-1?source=imported')
    expect(await violations()).toEqual([])
  })
})

describe('export and import', () => {
  /** Captures what would be downloaded: file name and text. */
  function captureDownloads() {
    const files: { name: string; blob: Blob }[] = []
    const blobs = new Map<string, Blob>()
    let n = 0
    URL.createObjectURL = vi.fn((blob: Blob) => {
      const url = `blob:test/${n++}`
      blobs.set(url, blob)
      return url
    }) as typeof URL.createObjectURL
    URL.revokeObjectURL = vi.fn() as typeof URL.revokeObjectURL
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      files.push({ name: this.download, blob: blobs.get(this.href)! })
    })
    return files
  }

  const exported = [
    record(1, { message: '=HYPERLINK("http://evil.example","click")', detail: 'a, "quoted"\nsecond line' }),
    record(2, { message: '+1', detail: '-2+3', requestId: '@SUM(A1)', status: undefined, method: undefined })
  ]
  const jsonl = exported.map((r) => JSON.stringify(r)).join('\n') + '\n'

  it('exports the current filter as CSV with every column, and guards formula cells', async () => {
    const files = captureDownloads()
    const fake = renderScreen('/errors?status=4xx')
    fake.set('errorLog.export', () => ({ ok: true, value: { text: jsonl, count: 2, omitted: 0 } }))
    await screen.findByRole('article', { name: 'Problem number 1' })
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }))
    expect(await screen.findByText('Exported 2 records as CSV.')).toBeTruthy()
    expect(fake.spy('errorLog.export').mock.calls[0]![0]).toEqual({ source: 'local', statusClass: '4xx' })
    expect(files).toHaveLength(1)
    expect(files[0]!.name).toMatch(/^error-log-\d{4}-\d\d-\d\d-\d{4}\.csv$/)
    const parsed = Papa.parse<Record<string, string>>(await files[0]!.blob.text(), { header: true, skipEmptyLines: true })
    expect(parsed.meta.fields).toEqual(['time', 'profile', 'operation', 'method', 'path', 'status', 'kind', 'message', 'detail', 'requestId', 'attempts', 'durationMs', 'guidance'])
    expect(parsed.data).toHaveLength(2)
    const [a, b] = parsed.data as [Record<string, string>, Record<string, string>]
    expect(a).toMatchObject({ time: exported[0]!.time, profile: 'Production', operation: 'campaigns.create', method: 'POST', path: '/campaigns', status: '422', kind: 'validation', requestId: 'req-1', attempts: '1', durationMs: '120', guidance: 'fix-input' })
    expect(a.message).toBe('\'=HYPERLINK("http://evil.example","click")')
    expect(a.detail).toBe('a, "quoted"\nsecond line')
    expect(b).toMatchObject({ message: "'+1", detail: "'-2+3", requestId: "'@SUM(A1)", status: '', method: '' })
  })

  it('exports JSONL as the core wrote it', async () => {
    const files = captureDownloads()
    const fake = renderScreen()
    fake.set('errorLog.export', () => ({ ok: true, value: { text: jsonl, count: 2, omitted: 0 } }))
    await screen.findByRole('article', { name: 'Problem number 1' })
    fireEvent.click(screen.getByRole('button', { name: 'Export JSONL' }))
    expect(await screen.findByText('Exported 2 records as JSONL.')).toBeTruthy()
    expect(files[0]!.name).toMatch(/\.jsonl$/)
    expect(await files[0]!.blob.text()).toBe(jsonl)
  })

  it('imports a log file, says how many records came and how many lines were skipped, and opens the imported view', async () => {
    const fake = renderScreen()
    fake.set('errorLog.import', () => ({ ok: true, value: { imported: 2, skipped: 1 } }))
    await screen.findByRole('article', { name: 'Problem number 1' })
    const file = new File([jsonl + 'not json\n'], 'other.jsonl', { type: 'application/x-ndjson' })
    await act(async () => void fireEvent.change(screen.getByLabelText('Import a log file'), { target: { files: [file] } }))
    expect(await screen.findByText('Imported 2 records, skipped 1 malformed line.')).toBeTruthy()
    // the file travels as bytes (browser mode sends them as a binary frame, past the 1 MB JSON cap)
    const sent = fake.spy('errorLog.import').mock.calls[0]![0] as { bytes: Uint8Array }
    expect(new TextDecoder().decode(sent.bytes)).toBe(jsonl + 'not json\n')
    await waitFor(() => expect(params().get('source')).toBe('imported'))
    expect(screen.getByText('Imported log — read-only, from another machine.')).toBeTruthy()
    await waitFor(() => expect(lastGroupsInput(fake).source).toBe('imported'))
  })

  it('asks before an import replaces records already imported, and Cancel keeps them', async () => {
    const fake = renderScreen('/errors', undefined, {
      'errorLog.info': () => ({ ok: true, value: { records: 10, bytes: 1000, files: 1, maxFiles: 5, maxFileBytes: 5_000_000, oldest: null, imported: 7 } }),
      'errorLog.import': () => ({ ok: true, value: { imported: 2, skipped: 0 } })
    })
    await screen.findByRole('article', { name: 'Problem number 1' })
    const pick = async () =>
      act(async () => void fireEvent.change(screen.getByLabelText('Import a log file'), { target: { files: [new File([jsonl], 'other.jsonl')] } }))
    await pick()
    const ask = await screen.findByRole('group', { name: 'Confirm replacing the imported log' })
    expect(ask.textContent).toMatch(/Its 7 records give way to other\.jsonl/)
    fireEvent.click(within(ask).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('group', { name: 'Confirm replacing the imported log' })).toBeNull()
    expect(fake.spy('errorLog.import')).not.toHaveBeenCalled()
    await pick()
    fireEvent.click(within(await screen.findByRole('group', { name: 'Confirm replacing the imported log' })).getByRole('button', { name: 'Replace imported log' }))
    expect(await screen.findByText('Imported 2 records, skipped 0 malformed lines.')).toBeTruthy()
    expect(fake.spy('errorLog.import')).toHaveBeenCalledTimes(1)
  })

  it('says when the oldest matches did not fit in one export', async () => {
    const files = captureDownloads()
    const fake = renderScreen()
    fake.set('errorLog.export', () => ({ ok: true, value: { text: '', count: 1_000, omitted: 2_500 } }))
    await screen.findByRole('article', { name: 'Problem number 1' })
    fireEvent.click(screen.getByRole('button', { name: 'Export JSONL' }))
    expect(await screen.findByText(/Exported 1,000 records as JSONL\. The 2,500 oldest did not fit in 50 MB; narrow the time range/)).toBeTruthy()
    expect(files).toHaveLength(1)
  })

  it('refuses a file over 50 MB before reading it', async () => {
    const fake = renderScreen()
    await screen.findByRole('article', { name: 'Problem number 1' })
    const file = new File(['x'], 'huge.jsonl')
    Object.defineProperty(file, 'size', { value: 51 * 1024 * 1024 })
    await act(async () => void fireEvent.change(screen.getByLabelText('Import a log file'), { target: { files: [file] } }))
    expect(screen.getByRole('alert').textContent).toMatch(/huge\.jsonl is larger than 50 MB/)
    expect(fake.spy('errorLog.import')).not.toHaveBeenCalled()
  })
})
