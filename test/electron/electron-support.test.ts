import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// Checklist #16, "use a current Electron": only the latest three stable majors get security fixes,
// and a new major ships every 8 weeks. Offline, the latest major is estimated from a known release
// and that cadence, so this test starts failing once the pinned major falls out of support: the
// signal to upgrade, not a flake.

const KNOWN = { major: 45, stableOn: Date.parse('2026-10-20T00:00:00Z') }
const CADENCE_MS = 8 * 7 * 24 * 60 * 60 * 1000
const SUPPORTED_MAJORS = 3

const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }

/** The newest stable major expected on `now`, from the known release and the 8-week cadence. */
function estimatedLatestMajor(now: number): number {
  return KNOWN.major + Math.max(0, Math.floor((now - KNOWN.stableOn) / CADENCE_MS))
}

describe('Electron version (checklist #16)', () => {
  it('estimates the latest major from the release cadence', () => {
    expect(estimatedLatestMajor(Date.parse('2026-12-02T00:00:00Z'))).toBe(45)
    expect(estimatedLatestMajor(Date.parse('2027-01-01T00:00:00Z'))).toBe(46)
    expect(estimatedLatestMajor(Date.parse('2027-05-01T00:00:00Z'))).toBe(48)
  })

  it('pins a major that still gets security fixes (one of the latest three)', () => {
    const pinned = Number(/^(\d+)\./.exec(pkg.devDependencies.electron ?? '')?.[1])
    const latest = estimatedLatestMajor(Date.now())
    console.log(`electron ${pkg.devDependencies.electron}: supported majors now ≈ ${latest - SUPPORTED_MAJORS + 1}–${latest}`)
    expect(pinned).toBeGreaterThan(latest - SUPPORTED_MAJORS)
  })
})
