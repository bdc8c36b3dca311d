import { GUIDANCE_IDS, type GuidanceId } from '../../../../../shared/contract/app-error'
import { GUIDANCE, type Guidance } from '../../../guidance/guidance-table'

/** The console's own fix recipe for a guidance id stored in a record; null for an id this version does not know. */
export function guidanceFor(id: string | undefined): Guidance | null {
  if (!id || !(GUIDANCE_IDS as readonly string[]).includes(id)) return null
  return GUIDANCE[id as GuidanceId]
}
