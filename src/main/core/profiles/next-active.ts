import type { AppError } from '../../../shared/contract/app-error'
import { makeAppError } from '../errors/app-error-factory'

/** What removing a profile does to the active one: stays as it is, or becomes `id` (null = none). */
export type NextActive = { change: false } | { change: true; id: string | null }

/** Shown on `nextActiveId` when the active profile is removed without saying what comes next. */
export const CHOOSE_NEXT_MESSAGE = 'This is the active profile: choose which profile to use next, or none.'

function refusal(msg: string): AppError {
  return makeAppError({ kind: 'validation', operation: 'profiles.remove', guidance: 'fix-fields', message: msg,
    issues: [{ loc: ['body', 'nextActiveId'], path: 'nextActiveId', msg, type: 'console.next_active', source: 'client' }] })
}

/**
 * The operator's choice of the next active profile when `removedId` goes, checked. The core never
 * picks one on its own: removing the active profile needs `nextActiveId` (another existing profile,
 * or null for none); for any other profile the active one stays, and a `nextActiveId` naming a
 * different profile is refused rather than silently ignored.
 */
export function checkNextActive(removedId: string, activeId: string | null, nextActiveId: string | null | undefined, exists: (id: string) => boolean): NextActive | AppError {
  if (removedId !== activeId) {
    if (nextActiveId === undefined || nextActiveId === activeId) return { change: false }
    return refusal('This profile is not the active one, so removing it does not change which profile is active; leave the next profile out.')
  }
  if (nextActiveId === undefined) return refusal(CHOOSE_NEXT_MESSAGE)
  if (nextActiveId === null) return { change: true, id: null }
  if (nextActiveId === removedId) return refusal('Choose another profile than the one being removed, or none.')
  if (!exists(nextActiveId)) return refusal('The profile chosen to use next does not exist any more; choose another, or none.')
  return { change: true, id: nextActiveId }
}
