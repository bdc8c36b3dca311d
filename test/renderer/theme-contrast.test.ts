import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import axe from 'axe-core'
import { describe, expect, it } from 'vitest'
import { contrastRatio, parseHex } from '../../src/renderer/src/theme/contrast'
import { TOKEN_PAIRS, type TokenPair } from '../../src/renderer/src/theme/text-pairs'

// The design tokens, read from the CSS the app ships: every text/background pair the stylesheets
// use must reach 4.5:1 (outlines 3:1) in the light and in the dark theme.

const TOKENS_CSS = join(import.meta.dirname, '../../src/renderer/src/styles/tokens.css')

interface Rule {
  media: string | null
  selector: string
  declarations: Map<string, string>
}

/** Top-level rules and the rules inside @media blocks, comments stripped. Enough CSS for tokens.css. */
function parseRules(css: string, media: string | null = null): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '')
  const rules: Rule[] = []
  let i = 0
  while (i < text.length) {
    const open = text.indexOf('{', i)
    if (open < 0) break
    const prelude = text.slice(i, open).trim()
    let depth = 1
    let close = open + 1
    for (; close < text.length && depth > 0; close++) {
      if (text[close] === '{') depth++
      else if (text[close] === '}') depth--
    }
    const body = text.slice(open + 1, close - 1)
    if (prelude.startsWith('@media')) rules.push(...parseRules(body, prelude))
    else {
      const declarations = new Map<string, string>()
      for (const part of body.split(';')) {
        const colon = part.indexOf(':')
        if (colon > 0) declarations.set(part.slice(0, colon).trim(), part.slice(colon + 1).trim())
      }
      rules.push({ media, selector: prelude, declarations })
    }
    i = close
  }
  return rules
}

/** The declarations of every rule matching `selector` (and media), later rules winning. */
function declarationsOf(rules: Rule[], selector: string, media: string | null = null): Map<string, string> {
  const merged = new Map<string, string>()
  for (const rule of rules) if (rule.selector === selector && rule.media === media) rule.declarations.forEach((v, k) => merged.set(k, v))
  return merged
}

/** Light and dark token values as the browser would see them: dark overrides on top of light. */
function themes(css: string): { light: Map<string, string>; dark: Map<string, string>; darkBySystem: Map<string, string> } {
  const rules = parseRules(css)
  const light = declarationsOf(rules, ':root')
  const dark = new Map([...light, ...declarationsOf(rules, ":root[data-theme='dark']")])
  const darkBySystem = new Map([...light, ...declarationsOf(rules, ":root:not([data-theme='light'])", '@media (prefers-color-scheme: dark)')])
  return { light, dark, darkBySystem }
}

/** The pairs below their minimum in one theme, with their ratios, as readable lines. */
function failingPairs(tokens: Map<string, string>, pairs: readonly TokenPair[]): string[] {
  const failures: string[] = []
  for (const pair of pairs) {
    const fg = parseHex(tokens.get(`--${pair.fg}`) ?? '')
    const bg = parseHex(tokens.get(`--${pair.bg}`) ?? '')
    if (!fg || !bg) {
      failures.push(`${pair.fg} on ${pair.bg}: not a #hex colour token`)
      continue
    }
    const ratio = contrastRatio(fg, bg)
    if (ratio < pair.min) failures.push(`${pair.fg} on ${pair.bg} (${pair.use}): ${ratio.toFixed(2)}:1 < ${pair.min}:1`)
  }
  return failures
}

const css = readFileSync(TOKENS_CSS, 'utf8')

// axe-core's colour helpers exist at runtime but are not in its type declarations.
interface AxeColour {
  Color: new (r: number, g: number, b: number, a: number) => object
  getContrast(bg: object, fg: object): number
}
const axeColours = (axe.commons as unknown as { color: AxeColour }).color

describe('theme tokens: contrast', () => {
  it('light theme: every text pair ≥ 4.5:1 and every outline pair ≥ 3:1', () => {
    expect(failingPairs(themes(css).light, TOKEN_PAIRS)).toEqual([])
  })

  it('dark theme: every text pair ≥ 4.5:1 and every outline pair ≥ 3:1', () => {
    expect(failingPairs(themes(css).dark, TOKEN_PAIRS)).toEqual([])
  })

  it('the OS-preference dark block declares exactly what data-theme="dark" declares', () => {
    const rules = parseRules(css)
    const explicit = declarationsOf(rules, ":root[data-theme='dark']")
    const bySystem = declarationsOf(rules, ":root:not([data-theme='light'])", '@media (prefers-color-scheme: dark)')
    expect(explicit.size).toBeGreaterThan(20)
    expect([...bySystem.entries()]).toEqual([...explicit.entries()])
  })

  it('each theme sets color-scheme so form controls and scrollbars follow', () => {
    const { light, dark, darkBySystem } = themes(css)
    expect([light.get('color-scheme'), dark.get('color-scheme'), darkBySystem.get('color-scheme')]).toEqual(['light', 'dark', 'dark'])
  })

  it('the dark theme overrides every colour the light theme defines (no light colour leaks into dark)', () => {
    const rules = parseRules(css)
    const lightColours = [...declarationsOf(rules, ':root').entries()].filter(([name, value]) => name.startsWith('--') && /#|rgba?\(/.test(value)).map(([name]) => name)
    const darkNames = [...declarationsOf(rules, ":root[data-theme='dark']").keys()]
    expect(lightColours.filter((name) => !darkNames.includes(name))).toEqual([])
  })

  it('catches a token changed to a low-contrast value (the Active badge green of before, 4.47:1)', () => {
    const broken = css.replace('--color-ok: #146c2e;', '--color-ok: #1a7f37;')
    expect(broken).not.toBe(css)
    expect(failingPairs(themes(broken).light, TOKEN_PAIRS)).toEqual([expect.stringMatching(/^color-ok on color-ok-bg .*4\.47:1 < 4\.5:1$/)])
    const darkBroken = css.replaceAll('--color-text-muted: #a3acbb;', '--color-text-muted: #4b5363;')
    expect(failingPairs(themes(darkBroken).dark, TOKEN_PAIRS).length).toBeGreaterThan(5)
  })

  it('computes the same ratios as axe-core', () => {
    const { light, dark } = themes(css)
    const axeColour = (hex: string) => {
      const [r, g, b] = parseHex(hex) as readonly [number, number, number]
      return new axeColours.Color(r, g, b, 1)
    }
    for (const tokens of [light, dark]) {
      for (const pair of TOKEN_PAIRS) {
        const fg = tokens.get(`--${pair.fg}`) as string
        const bg = tokens.get(`--${pair.bg}`) as string
        const ours = contrastRatio(parseHex(fg)!, parseHex(bg)!)
        expect(ours).toBeCloseTo(axeColours.getContrast(axeColour(bg), axeColour(fg)), 6)
      }
    }
  })
})
