import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contrastRatio, parseHex } from '../../src/renderer/src/theme/contrast'
import { SERIES } from '../../src/renderer/src/screens/analytics/chart/series'
import { COMPARE_SERIES } from '../../src/renderer/src/screens/analytics/chart/compare-options'

// Chart lines and bars are non-text graphics: each colour needs 3:1 (WCAG 1.4.11) against the chart's
// background (--color-surface) in the light and the dark theme, read from the tokens the app ships.
const css = readFileSync(join(import.meta.dirname, '../../src/renderer/src/styles/tokens.css'), 'utf8')

function block(selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`)
  const body = css.slice(start, css.indexOf('}', start))
  return new Map([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1] as string, (m[2] as string).trim()]))
}

describe.each([
  ['light', block(':root')],
  ['dark', block(":root[data-theme='dark']")]
])('chart colours in the %s theme', (_theme, tokens) => {
  const surface = parseHex(tokens.get('--color-surface') ?? '')
  it.each([...SERIES.map((s) => [s.label, s.colorToken]), ...COMPARE_SERIES.map((s) => [s.label, s.colorToken])])('%s (%s) stands out 3:1 from the chart background', (_label, token) => {
    const colour = parseHex(tokens.get(token as string) ?? '')
    expect(surface).not.toBeNull()
    expect(colour).not.toBeNull()
    expect(contrastRatio(colour!, surface!)).toBeGreaterThanOrEqual(3)
  })
  it('gives every timeline series its own colour and dash, so lines differ without colour too', () => {
    expect(new Set(SERIES.map((s) => tokens.get(s.colorToken))).size).toBe(SERIES.length)
    expect(new Set(SERIES.map((s) => s.dash.join(','))).size).toBe(SERIES.length)
  })
})
