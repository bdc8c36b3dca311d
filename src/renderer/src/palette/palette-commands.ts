import type { ProfileView } from '../../../shared/contract/profiles'
import { NAV_SCREENS, paths } from '../routes/paths'

/** One palette entry: what it says, which group it is in, and what choosing it does. */
export interface PaletteCommand {
  id: string
  group: 'Screens' | 'Actions' | 'Campaigns' | 'Inboxes'
  label: string
  /** A route to open, or an action to run (switching profile). */
  to?: string
  run?: () => void | Promise<unknown>
}

/** The fixed entries: every screen, the common actions, and "Use profile …" for each other profile. */
export function staticCommands(profiles: readonly ProfileView[], activate: (id: string) => Promise<unknown>): PaletteCommand[] {
  const screens: PaletteCommand[] = NAV_SCREENS.map((s) => ({ id: `screen:${s.to}`, group: 'Screens', label: s.label, to: s.to }))
  const actions: PaletteCommand[] = [
    { id: 'action:new-campaign', group: 'Actions', label: 'New campaign', to: paths.newCampaign() },
    { id: 'action:add-inbox', group: 'Actions', label: 'Add inbox', to: paths.newInbox() },
    ...profiles
      .filter((p) => !p.active)
      .map((p): PaletteCommand => ({ id: `action:use:${p.id}`, group: 'Actions', label: `Switch profile to ${p.name}`, run: () => activate(p.id) }))
  ]
  return [...screens, ...actions]
}

/** Case-insensitive match of every word typed, in any order ("camp new" finds "New campaign"). */
export function matchesQuery(label: string, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  const text = label.toLowerCase()
  return words.every((w) => text.includes(w))
}
