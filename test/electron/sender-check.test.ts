import { describe, expect, it } from 'vitest'
import { isTrustedSender, type SenderFrameLike } from '../../src/main/electron/sender-check'

function frame(url: string, parent: SenderFrameLike | null = null): SenderFrameLike {
  return { url, parent }
}

function eventFrom(senderFrame: SenderFrameLike | null, mainFrame: SenderFrameLike = senderFrame ?? frame('app://console/index.html')) {
  return { senderFrame, sender: { mainFrame } }
}

describe('isTrustedSender', () => {
  it('accepts the main frame on app://console', () => {
    expect(isTrustedSender(eventFrom(frame('app://console/index.html')))).toBe(true)
    expect(isTrustedSender(eventFrom(frame('app://console/index.html#/campaigns?x=1')))).toBe(true)
  })

  it('refuses a null senderFrame (navigated away or destroyed)', () => {
    expect(isTrustedSender(eventFrom(null))).toBe(false)
  })

  it('refuses a subframe, even on app://console', () => {
    const main = frame('app://console/index.html')
    expect(isTrustedSender(eventFrom(frame('app://console/inner.html', main), main))).toBe(false)
  })

  it.each([
    ['file://', 'file:///work/main/out/renderer/index.html'],
    ['https://app.evil', 'https://app.evil/'],
    ['look-alike host', 'app://console.evil/index.html'],
    ['other app host', 'app://other/index.html'],
    ['port on the host', 'app://console:8080/index.html'],
    ['credentials in the URL', 'app://user:pw@console/index.html'],
    ['http loopback', 'http://127.0.0.1:5173/'],
    ['not a URL', 'not a url'],
    ['empty URL', '']
  ])('refuses %s', (_label, url) => {
    expect(isTrustedSender(eventFrom(frame(url)))).toBe(false)
  })
})
