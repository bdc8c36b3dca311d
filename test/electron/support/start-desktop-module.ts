import type { BinaryLookup, LookupOptions } from './electron-binary-module'

export type { BinaryLookup } from './electron-binary-module'

/** A launch decision from scripts/start-desktop.js. */
export interface LaunchPlan {
  mode: 'electron' | 'browser'
  command: string
  args: string[]
  notice: string | null
}

/** The typed surface of scripts/start-desktop.js (plain JS, so no declarations of its own). */
export interface StartDesktopModule {
  resolveElectronBinary(options?: LookupOptions): BinaryLookup
  planLaunch(args: string[], binary: BinaryLookup, options?: { root?: string; node?: string }): LaunchPlan
  ensureBuilt(options?: { root?: string; exists?: (path: string) => boolean; run?: (...args: unknown[]) => { status: number | null } }): number
  runForeground(command: string, args: string[], options?: { env?: Record<string, string | undefined> }): Promise<number>
  main(
    args: string[],
    deps: {
      build?: () => number
      findBinary?: (options: { onDownload: (version: string) => void }) => BinaryLookup
      run?: (command: string, args: string[]) => Promise<number>
      log?: (line: string) => void
      write?: (text: string) => void
    }
  ): Promise<number>
}

/** Loads scripts/start-desktop.js (the specifier is computed, so TypeScript does not look for types). */
export async function loadStartDesktop(): Promise<StartDesktopModule> {
  const specifier = '../../../scripts/start-desktop.js'
  return (await import(/* @vite-ignore */ specifier)) as StartDesktopModule
}
