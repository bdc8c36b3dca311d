import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

/** Builds out/ once before the suites that spawn the built shells (no-op when it is fresh). */
export default function setup(): void {
  execFileSync(process.execPath, [join(import.meta.dirname, '..', '..', 'scripts', 'ensure-built.js')], { stdio: 'inherit' })
}
