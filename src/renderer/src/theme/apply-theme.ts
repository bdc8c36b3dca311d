/** Placeholder until the theme branch lands. */
export function applyStoredTheme(): void {}
