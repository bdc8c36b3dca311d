// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { writeSnapshot } from '../../src/renderer/src/screens/analytics/offline/analytics-snapshot'
import { draftKey } from '../../src/renderer/src/screens/campaign/editor/draft-storage'
import { forgetProfileStorage } from '../../src/renderer/src/stores/forget-profile-storage'

afterEach(() => localStorage.clear())

describe('forgetting a removed profile', () => {
  it('drops its offline analytics and drafts, and nothing of another profile or of the app', () => {
    writeSnapshot('p1', 'analytics.campaigns', {}, { campaigns: [{ campaign_name: 'Secret plans' }] }, 1)
    writeSnapshot('p1', 'senders.list', {}, [{ email: 'ann@acme.example' }], 1)
    writeSnapshot('p10', 'analytics.campaigns', {}, { campaigns: [] }, 1)
    localStorage.setItem(draftKey('p1', 'c1'), '{}')
    localStorage.setItem(draftKey('p10', 'c1'), '{}')
    localStorage.setItem('coldsend.theme', 'dark')
    forgetProfileStorage('p1')
    const left = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).sort()
    expect(left).toEqual(['coldsend.analytics.v1:p10:analytics.campaigns', draftKey('p10', 'c1'), 'coldsend.theme'].sort())
  })
})
