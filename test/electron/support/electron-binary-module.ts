/** A binary lookup result from scripts/electron-binary.js; `download` is set when a download was tried. */
export interface BinaryLookup {
  path: string | null
  reason: string | null
  download?: 'done' | 'failed'
}

/** The require-like the lookups resolve `electron/package.json` with. */
export type RequireLike = ((id: string) => unknown) & { resolve(id: string): string }

/** What the lookups can be given instead of the real filesystem, environment and download. */
export interface LookupOptions {
  root?: string
  requireFn?: RequireLike
  exists?: (path: string) => boolean
  readFile?: (path: string, encoding: 'utf8') => string
  env?: Record<string, string | undefined>
  download?: (packageDir: string, options: { env: Record<string, string | undefined> }) => string | null
  onDownload?: (version: string) => void
}

/** The result of a spawnSync-like call, as downloadElectron reads it. */
export interface RunResult {
  status: number | null
  signal?: string | null
  stdout?: string
  stderr?: string
  error?: Error & { code?: string }
}

/** The typed surface of scripts/electron-binary.js (plain JS, so no declarations of its own). */
export interface ElectronBinaryModule {
  locateElectronPackage(options?: LookupOptions): { dir: string; version: string } | null
  installedBinaryPath(packageDir: string, options?: LookupOptions): string | null
  findInstalledElectron(options?: LookupOptions): BinaryLookup
  downloadFailureReason(output: string): string | null
  downloadElectron(
    packageDir: string,
    options?: { run?: (command: string, args: string[], options: Record<string, unknown>) => RunResult; node?: string; env?: Record<string, string | undefined>; timeoutMs?: number }
  ): string | null
  resolveElectronBinary(options?: LookupOptions): BinaryLookup
}

/** Loads scripts/electron-binary.js (the specifier is computed, so TypeScript does not look for types). */
export async function loadElectronBinary(): Promise<ElectronBinaryModule> {
  const specifier = '../../../scripts/electron-binary.js'
  return (await import(/* @vite-ignore */ specifier)) as ElectronBinaryModule
}
