import { readdirSync, readFileSync } from 'node:fs'
import { isBuiltin } from 'node:module'
import { join } from 'node:path'

const SOURCE = /\.(ts|tsx|js|mjs|cjs)$/
const SPECIFIERS = [
  /^\s*import\s+(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]/gm,
  /^\s*import\s+['"]([^'"]+)['"]/gm,
  /^\s*export\s+(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]/gm,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g
]

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full)
    return SOURCE.test(entry.name) ? [full] : []
  })
}

/** `@scope/name/deep` → `@scope/name`, `name/deep` → `name`. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!
}

/**
 * The npm packages the code under `dirs` loads at run time (type-only imports, relative paths and
 * Node built-ins excluded), so a test can tell which libraries only the renderer needs.
 */
export function runtimePackagesImportedBy(dirs: string[]): Set<string> {
  const found = new Set<string>()
  for (const file of dirs.flatMap(sourceFiles)) {
    const text = readFileSync(file, 'utf8')
    for (const pattern of SPECIFIERS) {
      for (const match of text.matchAll(pattern)) {
        const specifier = match[1]!
        if (specifier.startsWith('.') || specifier.startsWith('/') || isBuiltin(specifier)) continue
        found.add(packageName(specifier))
      }
    }
  }
  return found
}
