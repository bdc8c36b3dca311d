import { resolve } from 'node:path'

/** Value of `--name <v>` or `--name=<v>` in argv, if given and non-empty. */
export function readFlag(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]
    if (arg === `--${name}`) return argv[i + 1] || undefined
    if (arg?.startsWith(`--${name}=`)) return arg.slice(name.length + 3) || undefined
  }
  return undefined
}

/**
 * Where the console keeps its data: `--data-dir`, else `COLDSEND_DATA_DIR`, else Electron's userData.
 * `overridden` tells the entry to also move userData there (isolated tests, second profiles).
 */
export function resolveDataDir(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  defaultDir: () => string
): { dataDir: string; overridden: boolean } {
  const chosen = readFlag(argv, 'data-dir') ?? (env.COLDSEND_DATA_DIR || undefined)
  return chosen ? { dataDir: resolve(chosen), overridden: true } : { dataDir: defaultDir(), overridden: false }
}
