import type { CallOptions } from './call-options'

/** Stands in for call options that are not valid: carries nothing from the page, and every receiver refuses it. */
export const REFUSED_CALL_OPTIONS = null

/**
 * The facade's own copy of the options a page passed, free of zod so the sandboxed preload can
 * bundle it: undefined stays undefined (no options), valid options become a fresh object holding
 * only what the contract allows, anything else becomes `REFUSED_CALL_OPTIONS` — so no page object
 * (getters, prototypes, extra keys) ever crosses IPC or the bridge. Mirrors `CallOptionsSchema`.
 */
export function copyCallOptions(value: unknown): CallOptions | undefined | typeof REFUSED_CALL_OPTIONS {
  if (value === undefined) return undefined
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return REFUSED_CALL_OPTIONS
  const proto = Object.getPrototypeOf(value) as unknown
  if (proto !== Object.prototype && proto !== null) return REFUSED_CALL_OPTIONS
  const keys = Reflect.ownKeys(value)
  if (keys.some((key) => key !== 'priority')) return REFUSED_CALL_OPTIONS
  const priority = Object.getOwnPropertyDescriptor(value, 'priority')
  if (priority === undefined) return {}
  // A getter could answer differently each time it is read; only a plain data property counts.
  if (!('value' in priority)) return REFUSED_CALL_OPTIONS
  if (priority.value === undefined) return {}
  return priority.value === 'background' ? { priority: 'background' } : REFUSED_CALL_OPTIONS
}
