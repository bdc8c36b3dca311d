/** One Electronegativity result: its check, the file (repo-relative), SARIF level and line. */
export interface Finding {
  check: string
  file: string
  level: string
  line: number
}

/** A reviewed finding: every result of `check` in `file` is accepted, for `reason`. */
export interface AllowEntry {
  check: string
  file: string
  reason: string
}

interface SarifLog {
  runs: {
    results: {
      ruleId: string
      level?: string
      locations?: { physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } } }[]
    }[]
  }[]
}

/** The results of a SARIF log written with `-r` (paths relative to the scanned folder), as repo paths under `prefix`. */
export function sarifFindings(sarif: SarifLog, prefix: string): Finding[] {
  return sarif.runs.flatMap((run) =>
    run.results.map((result) => {
      const location = result.locations?.[0]?.physicalLocation
      const uri = location?.artifactLocation?.uri ?? ''
      return {
        check: result.ruleId,
        file: uri.startsWith('file:') || uri === '' ? uri : `${prefix}/${uri.replace(/^\.?\//, '')}`,
        level: result.level ?? 'warning',
        line: location?.region?.startLine ?? 0
      }
    })
  )
}

/**
 * The gate: every finding — warnings and the "review required" notes alike — must have an allow-list
 * entry; entries that match nothing are stale (the code changed, or the scanner stopped seeing it).
 */
export function gate(findings: Finding[], allowed: AllowEntry[]): { unexplained: Finding[]; stale: AllowEntry[] } {
  const matches = (entry: AllowEntry, finding: Finding) => entry.check === finding.check && entry.file === finding.file
  return {
    unexplained: findings.filter((finding) => !allowed.some((entry) => matches(entry, finding))),
    stale: allowed.filter((entry) => !findings.some((finding) => matches(entry, finding)))
  }
}
