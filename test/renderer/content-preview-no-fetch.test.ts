// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// Use the build the renderer ships (package.json "browser" field): the one that would fetch partials with XMLHttpRequest.
const BROWSER_BUILD = 'liquidjs/dist/liquid.browser.mjs'
vi.mock('liquidjs', () => import(/* @vite-ignore */ BROWSER_BUILD))

const requests = { xhr: 0, fetch: 0 }

beforeEach(() => {
  requests.xhr = 0
  requests.fetch = 0
  vi.stubGlobal(
    'XMLHttpRequest',
    class {
      constructor() {
        requests.xhr++
      }
      open() {}
      send() {}
    }
  )
  vi.stubGlobal('fetch', vi.fn(() => (requests.fetch++, Promise.reject(new Error('no network in tests')))))
})
afterEach(() => vi.unstubAllGlobals())

describe('templates cannot reach the network', () => {
  it('runs on liquidjs’ browser build, which without `templates` would request a partial (control)', async () => {
    const { Liquid } = await import('liquidjs')
    const careless = new Liquid({})
    try {
      careless.parseAndRenderSync("{% include 'x' %}", {})
    } catch {
      // Whether the stub's empty answer throws does not matter; that it was asked does.
    }
    expect(requests.xhr).toBeGreaterThan(0)
  })

  it('fails to render {% include %} / {% render %} through the preview without touching XMLHttpRequest or fetch', async () => {
    const { renderTemplate, analyzeTemplate } = await import('../../src/renderer/src/screens/campaign/preview/template-analysis')
    for (const source of ["{% include 'x' %}", "Hi {% render 'signature' %}", "{% layout 'base' %}body"]) {
      expect(renderTemplate(source, {}, new Date()).ok).toBe(false)
      expect(analyzeTemplate(source).ok).toBe(false)
    }
    expect(requests).toEqual({ xhr: 0, fetch: 0 })
  })

  it('keeps the engine itself from fetching, even when asked directly', async () => {
    const { liquidEngine } = await import('../../src/renderer/src/screens/campaign/preview/liquid-engine')
    expect(() => liquidEngine().parseAndRenderSync("{% include 'x' %}", {})).toThrow(/Failed to lookup/)
    await expect(liquidEngine().parseAndRender("{% render 'x' %}", {})).rejects.toThrow(/Failed to lookup/)
    expect(requests).toEqual({ xhr: 0, fetch: 0 })
  })
})
