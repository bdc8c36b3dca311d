import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { denyAllPermissions, guardWebContents, type GuardedContents, type PermissionSession } from '../../src/main/electron/navigation-guard'
import { FakeEvent } from './support/fake-electron.js'

function fakeContents() {
  const emitter = new EventEmitter()
  let openHandler: ((details: { url: string }) => { action: string }) | null = null
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler)
  })
  return { contents, open: (url: string) => openHandler!({ url }) }
}

function setup() {
  const { contents, open } = fakeContents()
  const openExternal = vi.fn(async () => true)
  guardWebContents(contents as unknown as GuardedContents, openExternal)
  const navigate = (name: string, url: string) => {
    const event = new FakeEvent({ url })
    contents.emit(name, event, url)
    return event.defaultPrevented
  }
  return { contents, open, openExternal, navigate }
}

describe('guardWebContents', () => {
  it('lets the console navigate within app://console only', () => {
    const { navigate, openExternal } = setup()
    expect(navigate('will-navigate', 'app://console/index.html#/logs')).toBe(false)
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://console.evil/', 'http://127.0.0.1/']) {
      expect(navigate('will-navigate', url), url).toBe(true)
      expect(navigate('will-redirect', url), url).toBe(true)
    }
    expect(openExternal).toHaveBeenCalledWith('https://evil.example/')
  })

  it('denies every window.open and hands the URL to the allow-listed opener', () => {
    const { open, openExternal } = setup()
    expect(open('https://docs.coldsend.pro/guide')).toEqual({ action: 'deny' })
    expect(open('app://console/index.html')).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledWith('https://docs.coldsend.pro/guide')
  })

  it('prevents every <webview> attach', () => {
    const { navigate } = setup()
    expect(navigate('will-attach-webview', 'app://console/index.html')).toBe(true)
  })
})

describe('denyAllPermissions', () => {
  it('answers every permission request and check with no', () => {
    const handlers: Record<string, (...args: unknown[]) => unknown> = {}
    const session = {
      setPermissionRequestHandler: (h: (...args: unknown[]) => unknown) => (handlers.request = h),
      setPermissionCheckHandler: (h: (...args: unknown[]) => unknown) => (handlers.check = h),
      setDevicePermissionHandler: (h: (...args: unknown[]) => unknown) => (handlers.device = h)
    }
    denyAllPermissions(session as unknown as PermissionSession)
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal']) {
      const callback = vi.fn()
      handlers.request!({}, permission, callback, {})
      expect(callback).toHaveBeenCalledWith(false)
      expect(handlers.check!({}, permission, 'app://console', {})).toBe(false)
    }
    expect(handlers.device!({ deviceType: 'usb' })).toBe(false)
  })
})
