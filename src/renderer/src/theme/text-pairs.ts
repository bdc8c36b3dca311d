/**
 * Every foreground/background token pair the stylesheets use for text, and the non-text pairs
 * that must stay distinguishable. The contrast tests check each pair in both themes: text needs
 * 4.5:1 (WCAG 1.4.3 AA for small text; badges are 12 px), UI outlines 3:1 (WCAG 1.4.11).
 * Add a pair here when new CSS puts a token colour on a token background.
 */
export interface TokenPair {
  /** What uses the pair, for the failure message. */
  use: string
  fg: string
  bg: string
  min: number
}

const TEXT = 4.5
const UI = 3

const on = (bg: string, fgs: readonly string[], use: string): TokenPair[] => fgs.map((fg) => ({ use, fg, bg, min: TEXT }))

/** The pairs, by token name (without the leading `--`). */
export const TOKEN_PAIRS: readonly TokenPair[] = [
  ...on('color-bg', ['color-text', 'color-text-muted', 'color-link', 'color-accent', 'color-danger'], 'text on the page background and table header'),
  ...on('color-surface', ['color-text', 'color-text-muted', 'color-link', 'color-accent', 'color-danger', 'color-ok', 'color-warn', 'color-info'], 'text on panels, tables and dialogs (field errors, upload errors)'),
  ...on('color-surface-2', ['color-text', 'color-text-muted', 'color-link'], 'text on hovered rows, code and neutral test status'),
  ...on('color-accent', ['color-accent-text'], 'primary button label'),
  ...on('color-accent-hover', ['color-accent-text'], 'primary button or button-like link, hovered'),
  ...on('color-accent-soft', ['color-link'], 'current navigation item'),
  ...on('color-danger', ['color-on-danger'], 'danger button label'),
  ...on('color-danger-bg', ['color-danger', 'color-text', 'color-text-muted', 'color-link'], 'failed badge, error notices, form banner'),
  ...on('color-ok-bg', ['color-ok', 'color-text', 'color-text-muted'], 'active badges, confirmations, passed connection test'),
  ...on('color-warn-bg', ['color-warn', 'color-text', 'color-text-muted'], 'paused badge, connection banner, startup notices, confirms'),
  ...on('color-info-bg', ['color-info', 'color-text'], 'completed badge'),
  ...on('color-neutral-bg', ['color-neutral', 'color-text-muted'], 'draft and unknown-status badges'),
  ...on('color-sandbox-bg', ['color-sandbox'], 'Sandbox profile badge'),
  { use: 'input and select outline', fg: 'color-field-border', bg: 'color-surface', min: UI },
  { use: 'input and select outline', fg: 'color-field-border', bg: 'color-bg', min: UI },
  { use: 'focus ring', fg: 'color-focus', bg: 'color-bg', min: UI },
  { use: 'focus ring', fg: 'color-focus', bg: 'color-surface', min: UI },
  { use: 'focus ring', fg: 'color-focus', bg: 'color-surface-2', min: UI }
]
