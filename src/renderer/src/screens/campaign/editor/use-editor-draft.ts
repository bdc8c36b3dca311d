import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { z } from 'zod'
import type { CampaignDetail } from '../../../../../shared/contract/campaigns'
import { useConsoleForm, type ConsoleForm } from '../../../forms/use-console-form'
import { clearDraft, draftKey, readDraft, writeDraft, type StoredDraft } from './draft-storage'
import { editorRoutes } from './editor-issues'
import { hasChanges } from './editor-payload'
import { EDITOR_FIELDS, EDITOR_LABELS, valuesFromCampaign, type EditorValues } from './editor-values'

// The editor checks its values with the shared rules on Save (see editor-payload.ts), not through a resolver.
const ACCEPT_ALL = z.custom<EditorValues>(() => true) as z.ZodType<EditorValues, EditorValues>
const ROUTES = editorRoutes(EDITOR_FIELDS)
const SAVE_DELAY_MS = 300

/** The editor's form and its unsaved-edit bookkeeping. */
export interface EditorDraft {
  form: ConsoleForm<EditorValues>
  /** The campaign as it was when editing began; a save sends only the differences from it. */
  base: EditorValues
  /** The stored draft that was restored when the editor opened, until dismissed. */
  restored: StoredDraft | null
  /** The campaign changed on the server since the restored draft began (someone else saved). */
  staleBase: boolean
  /** The browser refused to store the draft (storage full or disabled). */
  storageFailed: boolean
  dismissRestored(): void
  /** Throws the edits away: back to the campaign as the server has it. */
  discard(): void
  /** After a successful save: the saved values become the base, the stored draft goes. */
  markSaved(values: EditorValues): void
}

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/**
 * Unsaved edits that survive navigation, reload and a failed save: every change is written to
 * local storage (debounced, and flushed when the editor closes) with the base it started from,
 * restored when the campaign opens again, and dropped only when saved or discarded.
 */
export function useEditorDraft(campaign: CampaignDetail, profileId: string): EditorDraft {
  const key = draftKey(profileId, campaign.campaign_id)
  const [initial] = useState(() => {
    const stored = (() => {
      const s = storage()
      return s ? readDraft(s, key) : null
    })()
    const server = valuesFromCampaign(campaign)
    return stored ? { base: stored.base, values: stored.values, restored: stored } : { base: server, values: server, restored: null }
  })
  const [base, setBase] = useState(initial.base)
  const [restored, setRestored] = useState(initial.restored)
  const [storageFailed, setStorageFailed] = useState(false)
  const baseUpdatedAt = useRef(initial.restored ? initial.restored.baseUpdatedAt : (campaign.updated_at ?? null))
  const form = useConsoleForm<EditorValues>({ schema: ACCEPT_ALL, defaultValues: initial.values, fields: ROUTES, labels: EDITOR_LABELS })
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null)
  const baseRef = useRef(base)
  useEffect(() => {
    baseRef.current = base
  }, [base])

  const persist = useCallback(() => {
    pending.current = null
    const s = storage()
    if (!s) return setStorageFailed(true)
    const values = form.form.getValues()
    if (!hasChanges(values, baseRef.current)) return clearDraft(s, key)
    const ok = writeDraft(s, key, { version: 1, savedAt: new Date().toISOString(), base: baseRef.current, values, baseUpdatedAt: baseUpdatedAt.current })
    setStorageFailed(!ok)
  }, [form.form, key])

  useEffect(() => {
    const subscription = form.form.watch(() => {
      if (pending.current) clearTimeout(pending.current)
      pending.current = setTimeout(persist, SAVE_DELAY_MS)
    })
    return () => {
      subscription.unsubscribe()
      // Leaving the editor (another section, another screen): write now, not in 300 ms.
      if (pending.current) {
        clearTimeout(pending.current)
        persist()
      }
    }
  }, [form.form, persist])

  useEffect(() => {
    const flush = () => {
      if (pending.current) {
        clearTimeout(pending.current)
        persist()
      }
    }
    window.addEventListener('pagehide', flush)
    return () => window.removeEventListener('pagehide', flush)
  }, [persist])

  // A fresher campaign from the server replaces the form only when nothing is unsaved.
  const serverValues = useMemo(() => JSON.stringify(valuesFromCampaign(campaign)), [campaign])
  useEffect(() => {
    const next = JSON.parse(serverValues) as EditorValues
    if (hasChanges(form.form.getValues(), baseRef.current)) return
    baseUpdatedAt.current = campaign.updated_at ?? null
    setBase(next)
    form.form.reset(next)
  }, [serverValues, campaign.updated_at, form.form])

  const discard = useCallback(() => {
    const s = storage()
    if (s) clearDraft(s, key)
    const server = valuesFromCampaign(campaign)
    baseUpdatedAt.current = campaign.updated_at ?? null
    setBase(server)
    setRestored(null)
    form.clearAll()
    form.form.reset(server)
  }, [campaign, form, key])

  const markSaved = useCallback(
    (values: EditorValues) => {
      const s = storage()
      if (s) clearDraft(s, key)
      setBase(values)
      baseRef.current = values
      setRestored(null)
      form.form.reset(values)
    },
    [form.form, key]
  )

  return {
    form,
    base,
    restored,
    staleBase: restored !== null && restored.baseUpdatedAt !== (campaign.updated_at ?? null),
    storageFailed,
    dismissRestored: () => setRestored(null),
    discard,
    markSaved
  }
}
