import { statusLabel } from '../../format/status-label'
const TONE: Record<string, string> = { ACTIVE: 'active', PAUSED: 'paused', DISABLED: 'failed', PENDING: 'draft' }

/** An inbox's `overall_status` as a badge in the campaign badges' colours (words, not colour alone). */
export function InboxStatus({ status }: { status: string | null | undefined }) {
  const s = status ?? ''
  const label = statusLabel(s)
  return <span className={`badge badge--${TONE[s] ?? 'other'}`}>{label}</span>
}
