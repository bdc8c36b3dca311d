import type { KeyValueStore } from '../../src/main/core/ports'

/** An in-memory settings store for unit tests; `dump()` shows exactly what would reach disk. */
export function memoryKv(): KeyValueStore & { dump(): string } {
  const map = new Map<string, unknown>()
  return {
    get: (k) => map.get(k),
    set: (k, v) => void map.set(k, structuredClone(v)),
    delete: (k) => void map.delete(k),
    dump: () => JSON.stringify([...map.entries()])
  }
}
