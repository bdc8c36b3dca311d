import { useState } from 'react'
import type { StartupNotice } from '../../../shared/contract/app'
import { useAppStore } from '../stores/app-store'

const NONE: StartupNotice[] = []

/**
 * What the shell had to do at start that the operator must know about (e.g. an unreadable
 * settings file set aside): shown above every screen until dismissed.
 */
export function StartupNotices() {
  const notices = useAppStore((s) => s.info?.notices ?? NONE)
  const [dismissed, setDismissed] = useState<string[]>([])
  const shown = notices.filter((n) => !dismissed.includes(n.message))
  if (shown.length === 0) return null
  return (
    <div className="startup-notices">
      {shown.map((notice) => (
        <div key={notice.message} className="startup-notice" role="alert">
          <p>
            <strong>Settings were reset.</strong> {notice.message}
          </p>
          <button type="button" onClick={() => setDismissed((d) => [...d, notice.message])}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  )
}
