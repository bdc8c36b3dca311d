/** One decimal and a thin space before the sign, the way every rate on the analytics screens reads ("12.3 %"). */
function percentWords(percent: number): string {
  return `${percent.toFixed(1)} %`
}

/** A rate the analytics endpoints give as a fraction 0–1, as "12.3 %"; an en dash when absent. */
export function fractionText(rate: number | null | undefined): string {
  return typeof rate === 'number' && Number.isFinite(rate) ? percentWords(rate * 100) : '–'
}

/** A rate the campaign detail gives as a percentage 0–100, as "12.3 %" (never multiplied again); an en dash when absent. */
export function percentText(percent: number | null | undefined): string {
  return typeof percent === 'number' && Number.isFinite(percent) ? percentWords(percent) : '–'
}

/** A count with the locale's grouping ("1,234"). */
export function countText(n: number): string {
  return n.toLocaleString()
}
