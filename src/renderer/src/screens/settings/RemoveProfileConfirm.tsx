import { useId, useState } from 'react'
import type { ProfileView } from '../../../../shared/contract/profiles'

/** Props: the profile to remove, the others it could hand over to, and the two answers. */
export interface RemoveProfileConfirmProps {
  profile: ProfileView
  others: readonly ProfileView[]
  busy: boolean
  onConfirm: (nextActiveId: string | null | undefined) => void
  onKeep: () => void
}

const NONE = '__none__'

/**
 * Asks before removing a profile. For the active profile it also asks which profile every call should
 * go through next (or none, to choose later): the console never switches accounts silently.
 */
export function RemoveProfileConfirm({ profile, others, busy, onConfirm, onKeep }: RemoveProfileConfirmProps) {
  const groupName = useId()
  const [next, setNext] = useState<string>(others[0]?.id ?? NONE)
  const name = profile.name
  return (
    <div className="confirm" role="group" aria-label={`Confirm removal of ${name}`}>
      <p>Remove “{name}” and its stored key? This cannot be undone.</p>
      {profile.active ? (
        <fieldset className="confirm__choices">
          <legend>“{name}” is the active profile. Which profile should the console use next?</legend>
          {others.map((p) => (
            <label key={p.id} className="radio-line">
              <input type="radio" name={groupName} value={p.id} checked={next === p.id} onChange={() => setNext(p.id)} /> {p.name}
            </label>
          ))}
          <label className="radio-line">
            <input type="radio" name={groupName} value={NONE} checked={next === NONE} onChange={() => setNext(NONE)} /> No profile —
            I will choose one later
          </label>
        </fieldset>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="danger"
          aria-label={`Yes, remove ${name}`}
          disabled={busy}
          onClick={() => onConfirm(profile.active ? (next === NONE ? null : next) : undefined)}
        >
          Yes, remove
        </button>
        <button type="button" aria-label={`Keep ${name}`} autoFocus onClick={onKeep}>
          Keep
        </button>
      </div>
    </div>
  )
}
