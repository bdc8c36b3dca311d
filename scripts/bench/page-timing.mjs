/* global requestAnimationFrame */
// In-page timing helpers for the Chromium benchmarks: each runs inside the page (page.evaluate), so
// Playwright's round trips are not counted, and ends on the first animation frame after the condition
// holds (the frame that paints it).

/**
 * Runs `action` (an in-page function source taking no arguments) and resolves with the milliseconds
 * until `until` (an in-page predicate source) first holds, measured to the next animation frame.
 */
export async function timeInPage(page, action, until, timeoutMs = 60_000) {
  return page.evaluate(
    async ({ action, until, timeoutMs }) => {
      const run = new Function(`return (${action})()`)
      const done = new Function(`return (${until})()`)
      const started = performance.now()
      run()
      await new Promise((resolve, reject) => {
        const check = () => {
          if (done()) requestAnimationFrame(() => resolve())
          else if (performance.now() - started > timeoutMs) reject(new Error(`timed out waiting for: ${until}`))
          else requestAnimationFrame(check)
        }
        check()
      })
      return performance.now() - started
    },
    { action: action.toString(), until: until.toString(), timeoutMs }
  )
}

/**
 * Frame times (ms between animation frames) over `frames` frames while `step(i)` runs before each
 * (e.g. scrolling a list by a few hundred pixels); `step` null measures idle frames as a baseline.
 */
export async function frameTimes(page, frames, step) {
  return page.evaluate(
    async ({ frames, step }) => {
      const move = step ? new Function('i', `return (${step})(i)`) : () => {}
      const out = []
      let last = await new Promise((r) => requestAnimationFrame(r))
      for (let i = 0; i < frames; i += 1) {
        move(i)
        const now = await new Promise((r) => requestAnimationFrame(r))
        out.push(now - last)
        last = now
      }
      return out
    },
    { frames, step: step ? step.toString() : null }
  )
}

/** The p-th percentile (0–100) of a list of numbers. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

/** Median of `runs` results of an async timing function. */
export async function medianOf(runs, fn) {
  const times = []
  for (let i = 0; i < runs; i += 1) times.push(await fn(i))
  return percentile(times, 50)
}
