import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './support/built-shell'
import { runtimePackagesImportedBy } from './support/package-imports'

// What `npm run package` ships: the electron-builder config (fuses, app files, targets) and the
// dependency split that keeps renderer-only libraries out of app.asar.
interface BuilderConfig {
  files: string[]
  asar: boolean
  electronFuses: Record<string, boolean>
  linux: { target: string[] }
  mac: { target: string[] }
  win: { target: string[] }
  publish: unknown
}

const config = createRequire(import.meta.url)(join(ROOT, 'electron-builder.cjs')) as BuilderConfig
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}
const MAIN_SIDE = ['src/main', 'src/preload', 'src/shared', 'src/sandbox'].map((dir) => join(ROOT, dir))

describe('electron-builder.cjs', () => {
  it('flips exactly the checklist #19 fuses: four off, three on', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true
    })
  })

  it('packs only the build output and the manifest into app.asar', () => {
    expect(config.files).toEqual(['out/**', 'package.json'])
    expect(config.asar).toBe(true) // onlyLoadAppFromAsar needs it
    expect(pkg.scripts.package).toBe('electron-vite build && electron-builder --config electron-builder.cjs')
    expect(config.publish).toBeNull()
  })

  it('builds AppImage + deb, dmg and nsis', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.mac.target).toEqual(['dmg'])
    expect(config.win.target).toEqual(['nsis'])
  })

  it('pins electron and electron-builder exactly', () => {
    for (const name of ['electron', 'electron-builder']) expect(pkg.devDependencies[name], name).toMatch(/^\d+\.\d+\.\d+$/)
  })
})

describe('runtime dependencies (what electron-builder copies into app.asar)', () => {
  const mainSide = runtimePackagesImportedBy(MAIN_SIDE)
  const renderer = runtimePackagesImportedBy([join(ROOT, 'src/renderer')])
  const rendererOnly = [...renderer].filter((name) => !mainSide.has(name)).sort()

  it('keeps renderer-only libraries out of dependencies (electron-vite bundles the renderer)', () => {
    expect(rendererOnly).toEqual(expect.arrayContaining(['react', 'react-dom', 'zustand']))
    expect(rendererOnly.filter((name) => name in pkg.dependencies)).toEqual([])
  })

  it('lists every package the main side loads at run time in dependencies', () => {
    const missing = [...mainSide].filter((name) => name !== 'electron' && !(name in pkg.dependencies))
    expect(missing).toEqual([])
    expect(mainSide.has('zod')).toBe(true)
  })
})
