import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readFlag, resolveDataDir } from '../../src/main/electron/data-dir'

const userData = () => '/home/op/.config/coldsend-console'

describe('resolveDataDir', () => {
  it('prefers --data-dir (both spellings), then COLDSEND_DATA_DIR, then userData', () => {
    expect(resolveDataDir(['electron', '.', '--data-dir', '/tmp/a'], { COLDSEND_DATA_DIR: '/tmp/b' }, userData)).toEqual({ dataDir: '/tmp/a', overridden: true })
    expect(resolveDataDir(['electron', '.', '--data-dir=/tmp/c'], {}, userData)).toEqual({ dataDir: '/tmp/c', overridden: true })
    expect(resolveDataDir(['electron', '.'], { COLDSEND_DATA_DIR: '/tmp/b' }, userData)).toEqual({ dataDir: '/tmp/b', overridden: true })
    expect(resolveDataDir(['electron', '.'], { COLDSEND_DATA_DIR: '' }, userData)).toEqual({ dataDir: userData(), overridden: false })
  })

  it('makes a relative data dir absolute and ignores an empty flag', () => {
    expect(resolveDataDir(['--data-dir', 'rel/dir'], {}, userData).dataDir).toBe(resolve('rel/dir'))
    expect(resolveDataDir(['--data-dir='], {}, userData)).toEqual({ dataDir: userData(), overridden: false })
    expect(readFlag(['--data-dir'], 'data-dir')).toBeUndefined()
  })
})
