import type { Clock } from '../../../src/main/core/api/clock'

interface Timer {
  at: number
  seq: number
  fn: () => void
}

/** A manual clock: time moves only through `advance`, which fires due timers in order and lets promises settle. */
export class FakeClock implements Clock {
  private t: number
  private seq = 0
  private timers: Timer[] = []

  constructor(start = 1_700_000_000_000) {
    this.t = start
  }

  now(): number {
    return this.t
  }

  setTimer(fn: () => void, ms: number): () => void {
    const timer = { at: this.t + Math.max(0, ms), seq: this.seq++, fn }
    this.timers.push(timer)
    return () => {
      this.timers = this.timers.filter((t) => t !== timer)
    }
  }

  /** Lets pending promise callbacks run. */
  async flush(): Promise<void> {
    for (let i = 0; i < 20; i++) await Promise.resolve()
  }

  /** Moves time forward by `ms`, firing every timer that falls due on the way. */
  async advance(ms: number): Promise<void> {
    const target = this.t + ms
    await this.flush()
    for (;;) {
      const due = this.timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at || a.seq - b.seq)[0]
      if (!due) break
      this.timers = this.timers.filter((t) => t !== due)
      this.t = Math.max(this.t, due.at)
      due.fn()
      await this.flush()
    }
    this.t = target
    await this.flush()
  }
}

/** A seeded PRNG (mulberry32) so jitter and simulations repeat exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
