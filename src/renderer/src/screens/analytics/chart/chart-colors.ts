/** The colours a chart draws with, read from the theme tokens at the moment it is built. */
export interface ChartColors {
  /** Axis labels and ticks. */
  axis: string
  /** Grid lines. */
  grid: string
  /** Any token asked for by name (series colours). */
  token(name: string): string
}

/** Reads the active theme's tokens from <html> (uPlot takes colours as strings at creation, not CSS variables). */
export function readChartColors(root: HTMLElement = document.documentElement): ChartColors {
  const style = getComputedStyle(root)
  const token = (name: string) => style.getPropertyValue(name).trim() || '#808080'
  return { axis: token('--color-text-muted'), grid: token('--color-border'), token }
}
