import { afterAll, beforeAll } from 'vitest'

/**
 * jsdom has no layout: gives every element a 480 × 960 client box, a `scrollHeight` of
 * `contentHeight`, and a `scrollTop` that `scrollTo` moves (firing `scroll`), so a virtualiser has a
 * viewport to fill and a long list to scroll. Installs in beforeAll and restores in afterAll.
 */
export function installScrollLayout(contentHeight: number): void {
  const scrollTops = new WeakMap<Element, number>()
  const faked = ['clientHeight', 'clientWidth', 'scrollHeight', 'scrollTop'] as const
  const saved = { props: faked.map((name) => Object.getOwnPropertyDescriptor(Element.prototype, name)), scrollTo: Element.prototype.scrollTo }
  beforeAll(() => {
    Object.defineProperty(Element.prototype, 'clientHeight', { configurable: true, get: () => 480 })
    Object.defineProperty(Element.prototype, 'clientWidth', { configurable: true, get: () => 960 })
    Object.defineProperty(Element.prototype, 'scrollHeight', { configurable: true, get: () => contentHeight })
    Object.defineProperty(Element.prototype, 'scrollTop', {
      configurable: true,
      get(this: Element) {
        return scrollTops.get(this) ?? 0
      },
      set(this: Element, v: number) {
        scrollTops.set(this, v)
      }
    })
    Element.prototype.scrollTo = function (this: Element, options?: ScrollToOptions | number) {
      if (typeof options === 'object' && typeof options.top === 'number') this.scrollTop = options.top
      this.dispatchEvent(new Event('scroll'))
    } as Element['scrollTo']
  })
  afterAll(() => {
    faked.forEach((name, i) => {
      const d = saved.props[i]
      if (d) Object.defineProperty(Element.prototype, name, d)
      else delete (Element.prototype as unknown as Record<string, unknown>)[name]
    })
    Element.prototype.scrollTo = saved.scrollTo
  })
}
