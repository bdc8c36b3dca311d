import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TOKEN_PAIRS } from '../../src/renderer/src/theme/text-pairs'

// The renderer's stylesheets write colours only in styles/tokens.css, and only use custom
// properties that exist — so a typo or a stray hex cannot slip past the theme.

const RENDERER = join(import.meta.dirname, '../../src/renderer/src')
const TOKENS = join(RENDERER, 'styles/tokens.css')

const cssFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? cssFiles(join(dir, entry.name)) : entry.name.endsWith('.css') ? [join(dir, entry.name)] : []
  )
const read = (file: string) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')

// Hex colours, colour functions and the colour keywords a hurried rule might use.
const COLOUR = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(|:\s*(?:white|black|red|green|blue|gray|grey|yellow|orange|purple)\b/gi

describe('theme tokens: usage', () => {
  it('finds the stylesheets (styles.css and styles/*.css)', () => {
    const files = cssFiles(RENDERER).map((f) => relative(RENDERER, f))
    expect(files).toEqual(expect.arrayContaining(['styles.css', 'styles/tokens.css', 'styles/tables.css']))
  })

  it('has no hard-coded colour outside styles/tokens.css', () => {
    const found = cssFiles(RENDERER)
      .filter((file) => file !== TOKENS)
      .flatMap((file) => [...read(file).matchAll(COLOUR)].map((m) => `${relative(RENDERER, file)}: ${m[0]}`))
    expect(found).toEqual([])
  })

  it('uses only custom properties that tokens.css (or the same file) defines', () => {
    const defined = new Set(cssFiles(RENDERER).flatMap((file) => [...read(file).matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1])))
    const used = cssFiles(RENDERER).flatMap((file) => [...read(file).matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => `${relative(RENDERER, file)}: ${m[1]}`))
    expect(used.length).toBeGreaterThan(50)
    expect(used.filter((use) => !defined.has(use.split(': ')[1]))).toEqual([])
  })

  it('keeps the short names other component CSS uses as aliases of the semantic tokens', () => {
    const tokens = read(TOKENS)
    const aliases: Record<string, string> = {
      '--bg': '--color-bg',
      '--surface': '--color-surface',
      '--text': '--color-text',
      '--muted': '--color-text-muted',
      '--border': '--color-border',
      '--accent': '--color-accent',
      '--accent-text': '--color-accent-text',
      '--danger': '--color-danger',
      '--danger-bg': '--color-danger-bg',
      '--ok': '--color-ok',
      '--ok-bg': '--color-ok-bg',
      '--warn-bg': '--color-warn-bg',
      '--focus': '--color-focus'
    }
    for (const [alias, token] of Object.entries(aliases)) expect(tokens).toContain(`${alias}: var(${token});`)
    expect(tokens).toMatch(/--radius: \d+px;/)
  })

  it('every rule that sets both a text colour and a background uses a pair the contrast test checks', () => {
    const aliases = new Map([...read(TOKENS).matchAll(/(--[\w-]+):\s*var\((--[\w-]+)\)/g)].map((m) => [m[1], m[2]] as [string, string]))
    const token = (name: string) => (aliases.get(name) ?? name).slice(2)
    const checked = new Set(TOKEN_PAIRS.filter((p) => p.min >= 4.5).map((p) => `${p.fg} on ${p.bg}`))
    const used = cssFiles(RENDERER).flatMap((file) =>
      [...read(file).matchAll(/([^{}]+)\{([^{}]*)\}/g)].flatMap((rule) => {
        const fg = /(?:^|;)\s*color:\s*var\((--[\w-]+)\)/.exec(rule[2] ?? '')?.[1]
        const bg = /(?:^|;)\s*background(?:-color)?:\s*var\((--[\w-]+)\)/.exec(rule[2] ?? '')?.[1]
        return fg && bg ? [{ where: `${relative(RENDERER, file)} ${(rule[1] ?? '').trim()}`, pair: `${token(fg)} on ${token(bg)}` }] : []
      })
    )
    expect(used.length).toBeGreaterThan(10)
    expect(used.filter((u) => !checked.has(u.pair))).toEqual([])
    expect(used).toContainEqual({ where: 'styles.css .badge--active', pair: 'color-ok on color-ok-bg' })
  })

  it('is imported by styles.css, which main.tsx loads', () => {
    expect(read(join(RENDERER, 'styles.css'))).toMatch(/^\s*@import '\.\/styles\/tokens\.css';/)
    expect(readFileSync(join(RENDERER, 'main.tsx'), 'utf8')).toContain("import './styles.css'")
  })
})
