import { describe, expect, it } from 'vitest'
import { checkCampaign, evenDistribution } from '../../src/shared/campaign-rules'
import type { CampaignDetail } from '../../src/shared/contract/campaigns'
import { clearDraft, draftKey, readDraft, writeDraft } from '../../src/renderer/src/screens/campaign/editor/draft-storage'
import { editorRoutes, placeEditorIssues } from '../../src/renderer/src/screens/campaign/editor/editor-issues'
import { changedFields, checkEditorValues, ruleCampaign } from '../../src/renderer/src/screens/campaign/editor/editor-payload'
import { EDITOR_FIELDS, newSequence, newVariant, valuesFromCampaign, type EditorValues } from '../../src/renderer/src/screens/campaign/editor/editor-values'
import { launchChecklist, readyToLaunch } from '../../src/renderer/src/screens/campaign/editor/launch-checklist'
import { matchFieldPattern } from '../../src/renderer/src/forms/field-paths'
import { campaignDetail } from './helpers/fixtures'

const detail = (over: Partial<CampaignDetail> = {}): CampaignDetail => campaignDetail({ daily_limit_per_inbox: 40, sending_days: [1, 2, 3], ...over })

const valid = (): EditorValues => ({
  ...valuesFromCampaign(detail()),
  variants: [
    { ...newVariant('A', 50), subject_template: 'Hi {{first_name}}', email_content: 'Hello there, a long enough body.' },
    { ...newVariant('B', 50), subject_template: 'Hello', email_content: 'Another long enough body.' }
  ]
})

class MemoryStorage implements Storage {
  private items = new Map<string, string>()
  get length() {
    return this.items.size
  }
  clear() {
    this.items.clear()
  }
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null
  }
  removeItem(key: string) {
    this.items.delete(key)
  }
  setItem(key: string, value: string) {
    this.items.set(key, value)
  }
}

describe('the campaign rules the editor checks before sending', () => {
  it('passes a valid campaign and names every broken field at once, by wire path', () => {
    expect(checkEditorValues(valid())).toEqual([])
    const bad = valid()
    bad.name = 'short'
    bad.daily_limit_per_inbox = '500'
    bad.sending_window_end = '8'
    bad.variants[1]!.email_content = 'tiny'
    bad.variants[1]!.distribution_percent = '40'
    const paths = checkEditorValues(bad).map((i) => i.path)
    expect(paths).toEqual(
      expect.arrayContaining(['name', 'daily_limit_per_inbox', 'sending_window_end', 'variants.1.email_content', 'variants.0.distribution_percent', 'variants.1.distribution_percent'])
    )
  })

  it('enforces the follow-up limits: wait 1–30 days, 45 days in total, subject optional', () => {
    const v = valid()
    v.sequences = [newSequence(), newSequence(), newSequence()].map((s) => ({
      ...s,
      wait_days: '20',
      variants: [{ ...newVariant('A', 100), email_content: 'Following up on my note.' }]
    }))
    const issues = checkEditorValues(v)
    expect(issues).toContainEqual({ path: 'sequences', msg: 'Follow-ups wait 60 days in total; the limit is 45.' })
    expect(issues.some((i) => i.path.endsWith('subject_template'))).toBe(false)
    v.sequences[0]!.wait_days = '31'
    expect(checkEditorValues(v).map((i) => i.path)).toContain('sequences.0.wait_days')
  })

  it('checks the window edge cases the API documents (24:00 only with minute 0, end after start, a day, a known zone)', () => {
    const at24 = { ...valid(), sending_window_end: '24', sending_window_end_minute: '30' }
    expect(checkEditorValues(at24).map((i) => i.path)).toEqual(['sending_window_end_minute'])
    expect(checkEditorValues({ ...at24, sending_window_end_minute: '0' })).toEqual([])
    expect(checkEditorValues({ ...at24, sending_window_end_minute: '0', sending_days: [] }).map((i) => i.path)).toEqual(['sending_days'])
    expect(checkEditorValues({ ...valid(), sending_window_start: 'nine' }).map((i) => i.path)).toEqual(['sending_window_start'])
    expect(checkEditorValues({ ...valid(), timezone: 'Mars/Olympus' }).map((i) => i.path)).toEqual(['timezone'])
    expect(checkCampaign(ruleCampaign(valid()))).toEqual([])
  })

  it('balances shares evenly with whole numbers that total 100', () => {
    expect(evenDistribution(3)).toEqual([34, 33, 33])
    expect(evenDistribution(4)).toEqual([25, 25, 25, 25])
    expect(evenDistribution(3).reduce((a, b) => a + b, 0)).toBe(100)
  })
})

describe('what a save sends', () => {
  it('sends only the fields that changed since editing began', () => {
    const base = valuesFromCampaign(detail())
    const values = { ...base, name: 'Spring outreach v2', sending_days: [3, 1] }
    expect(changedFields(values, base)).toEqual({ name: 'Spring outreach v2', sending_days: [1, 3] })
  })

  it('never sends an empty variant list and numbers follow-up steps 2, 3, 4', () => {
    const base = valuesFromCampaign(detail())
    const values = { ...base, sequences: [newSequence(), newSequence()] }
    const changes = changedFields(values, base)
    expect(changes.variants).toBeUndefined()
    expect(changes.sequences?.map((s) => s.step_number)).toEqual([2, 3])
    expect(changes.sequences?.[0]?.variants[0]?.subject_template).toBeNull()
  })

  it('sends the start date as wall-clock time in the campaign zone, and null to clear it', () => {
    const base = valuesFromCampaign(detail({ start_date: '2026-03-02T09:15:00Z' }))
    expect(base.start_date).toBe('2026-03-02T09:15')
    expect(changedFields({ ...base, start_date: '2026-03-03T10:00' }, base)).toEqual({ start_date: '2026-03-03T10:00:00' })
    expect(changedFields({ ...base, start_date: '' }, base)).toEqual({ start_date: null })
  })
})

describe('where server issues land', () => {
  const routes = editorRoutes(EDITOR_FIELDS)
  it('keeps field issues on their field and moves group issues to the group slot', () => {
    const values = { ...valid(), inbox_ids: ['x', 'y', 'z'] }
    const placed = placeEditorIssues(
      [
        { path: 'variants.1.email_content', msg: 'too short' },
        { path: 'variants', msg: 'must sum to 100' },
        { path: 'variants.1.variant_name', msg: 'duplicate' },
        { path: 'inbox_ids.2', msg: 'not a uuid' },
        { path: 'variants.6.subject_template', msg: 'too long' }
      ],
      values
    )
    expect(placed).toEqual([
      { path: 'variants.1.email_content', msg: 'too short' },
      { path: 'variants.root', msg: 'must sum to 100' },
      { path: 'variants.1.root', msg: 'duplicate' },
      { path: 'inbox_ids.root', msg: 'not a uuid' },
      { path: 'variants.root', msg: 'Variant G: too long' }
    ])
    for (const issue of placed) expect(matchFieldPattern(routes, issue.path)).toBeGreaterThanOrEqual(0)
  })

  it('leaves paths the editor does not show for the banner', () => {
    expect(matchFieldPattern(routes, placeEditorIssues([{ path: 'lead_mapping', msg: 'x' }], valid())[0]!.path)).toBe(-1)
  })
})

describe('the launch checklist', () => {
  const inboxes = [
    { inbox_id: 'i1', overall_status: 'ACTIVE' },
    { inbox_id: 'i2', overall_status: 'PAUSED' }
  ]
  it('is green only with a lead, an active inbox, a variant, 100% and nothing unsaved', () => {
    const saved = { ...valid(), inbox_ids: ['i1'] }
    const ok = launchChecklist({ status: 'DRAFT', totalLeads: 5, saved, unsaved: false, inboxes, serverMissing: [] })
    expect(readyToLaunch('DRAFT', ok)).toBe(true)
    expect(readyToLaunch('PAUSED', ok)).toBe(false)
    const paused = launchChecklist({ status: 'DRAFT', totalLeads: 5, saved: { ...saved, inbox_ids: ['i2'] }, unsaved: true, inboxes, serverMissing: null })
    expect(paused.filter((i) => !i.ok).map((i) => i.id)).toEqual(['inboxes', 'saved'])
  })

  it('lets the server’s answer win over the console’s own check', () => {
    const saved = { ...valid(), inbox_ids: ['i1'] }
    const items = launchChecklist({ status: 'DRAFT', totalLeads: 5, saved, unsaved: false, inboxes, serverMissing: ['leads', 'signature'] })
    expect(items.filter((i) => !i.ok).map((i) => i.id)).toEqual(['leads', 'server'])
    expect(items.find((i) => i.id === 'leads')?.fix).toEqual({ section: 'leads' })
  })
})

describe('stored drafts', () => {
  it('round-trips, and a torn or foreign draft is dropped rather than trusted', () => {
    const storage = new MemoryStorage()
    const key = draftKey('p1', 'c1')
    const values = valid()
    expect(writeDraft(storage, key, { version: 1, savedAt: 'now', base: values, values, baseUpdatedAt: null })).toBe(true)
    expect(readDraft(storage, key)?.values.variants[1]?.subject_template).toBe('Hello')
    storage.setItem(key, JSON.stringify({ version: 1, savedAt: 'now', base: values }).slice(0, 40))
    expect(readDraft(storage, key)).toBeNull()
    expect(storage.getItem(key)).toBeNull()
    storage.setItem(key, JSON.stringify({ version: 2, values }))
    expect(readDraft(storage, key)).toBeNull()
    clearDraft(storage, key)
    expect(draftKey('p2', 'c1')).not.toBe(key)
  })

  it('reports a full storage instead of throwing', () => {
    const full = new MemoryStorage()
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError')
    }
    expect(writeDraft(full, 'k', { version: 1, savedAt: 'now', base: valid(), values: valid(), baseUpdatedAt: null })).toBe(false)
  })
})
