import { useEffect, useRef, useState, type FormEvent } from 'react'
import { z } from 'zod'
import type { AppError } from '../../../../../shared/contract/app-error'
import type { LeadUploadProgress } from '../../../../../shared/contract/leads'
import { useFacade } from '../../../bridge/facade-context'
import { Field } from '../../../forms/Field'
import { FormBanner } from '../../../forms/FormBanner'
import { useConsoleForm } from '../../../forms/use-console-form'
import { csvTooLarge, megabytes } from '../../../format/file-size'
import { ErrorNotice } from '../../../guidance/ErrorNotice'
import { previewCsv, type CsvPreview } from './csv-preview'
import { MappingPreview } from './MappingPreview'
import { followUpload } from './follow-upload'
import { guessMapping, LEAD_FIELDS, type LeadMapping } from './lead-mapping'
import { UploadProgress } from './UploadProgress'
import './upload.css'

/** The file, then one select per lead field (named, since `*` in a form path means an array index). */
const FIELDS = ['csv', ...LEAD_FIELDS.map(({ field }) => `mapping.${field}`)]
/** The file and mapping live outside react-hook-form's values (a File, a select per column); only errors go through it. */
const NO_VALUES = z.object({})

/** Props: which campaign the leads go to, and how to leave. */
export interface UploadLeadsFormProps {
  campaignId: string
  onClose: () => void
  /** The campaign's lead counts changed (the list should be reloaded). */
  onImported: () => void
}

/**
 * Upload leads from a CSV file: the file is checked against the 50 MB limit before a byte is read,
 * its first rows are previewed to map columns (email required and guessed; unmapped columns shown
 * as the custom fields they become), then its bytes go to the core as bytes (never a string) and
 * the import job's progress is followed until it is done.
 */
export function UploadLeadsForm({ campaignId, onClose, onImported }: UploadLeadsFormProps) {
  const facade = useFacade()
  const form = useConsoleForm({ schema: NO_VALUES, defaultValues: {}, fields: FIELDS })
  const [file, setFile] = useState<File | null>(null)
  const [preview, setPreview] = useState<CsvPreview | null>(null)
  const [mapping, setMapping] = useState<LeadMapping>({})
  const [phase, setPhase] = useState<'choose' | 'sending' | 'importing' | 'done'>('choose')
  const [progress, setProgress] = useState<LeadUploadProgress | null>(null)
  const [failure, setFailure] = useState<AppError | null>(null)
  const stop = useRef(new AbortController())
  const outcome = useRef<HTMLDivElement>(null)
  useEffect(() => () => stop.current.abort(), [])
  // Once sent, the progress and then the counts are what matters: keep them in view in the dialog.
  useEffect(() => {
    if (phase !== 'choose') outcome.current?.scrollIntoView?.({ block: 'nearest' })
  }, [phase])

  const choose = async (chosen: File | null) => {
    form.clearAll()
    setFailure(null)
    setPreview(null)
    setFile(chosen)
    if (!chosen) return
    const refusal = csvTooLarge(chosen.size)
    if (refusal !== null) return form.showIssues([{ path: 'csv', msg: refusal }])
    const read = await previewCsv(chosen)
    if ('error' in read) return form.showIssues([{ path: 'csv', msg: read.error }])
    setPreview(read)
    setMapping(guessMapping(read.columns, read.rows))
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (phase !== 'choose') return
    setFailure(null)
    const refusal = file ? csvTooLarge(file.size) : null
    if (refusal !== null) return form.showIssues([{ path: 'csv', msg: refusal }])
    if (!file || !preview) return form.showIssues([{ path: 'csv', msg: 'Choose a CSV file with a header row.' }])
    if (!mapping.email) return form.showIssues([{ path: 'mapping.email', msg: 'Choose the column that holds the email addresses.' }])
    setPhase('sending')
    const csv = new Uint8Array(await file.arrayBuffer())
    const chosen = Object.fromEntries(Object.entries(mapping).filter((e): e is [string, string] => typeof e[1] === 'string'))
    const started = await facade.leads.upload({ campaign_id: campaignId, csv, file_name: file.name || 'leads.csv', mapping: chosen })
    if (!started.ok) {
      setPhase('choose')
      if (!form.showError(started.error)) setFailure(started.error)
      return
    }
    setPhase('importing')
    const outcome = await followUpload(facade, { campaign_id: campaignId, job_id: started.value.job_id }, setProgress, stop.current.signal)
    if ('stopped' in outcome) return
    setPhase('done')
    onImported()
    if ('error' in outcome) setFailure(outcome.error)
  }

  const busy = phase === 'sending' || phase === 'importing'
  return (
    <form className="form upload-form" noValidate onSubmit={submit} aria-busy={busy || undefined}>
      <FormBanner form={form} />
      <Field label="CSV file" path="csv" form={form} hint={file ? `${file.name} · ${megabytes(file.size)}` : 'A .csv file with a header row, up to 50 MB.'}>
        {(control) => (
          <input {...control} type="file" accept=".csv,text/csv" disabled={busy || phase === 'done'} onChange={(e) => void choose(e.target.files?.[0] ?? null)} />
        )}
      </Field>
      {preview ? (
        <fieldset className="mapping" disabled={busy || phase === 'done'}>
          <legend>Columns to import</legend>
          <div className="mapping-fields">
            {LEAD_FIELDS.map(({ field, label }) => (
              <Field key={field} label={label} path={`mapping.${field}`} form={form} hint={field === 'email' ? 'Required.' : undefined}>
                {(control) => (
                  <select
                    {...control}
                    value={mapping[field] ?? ''}
                    onChange={(e) => {
                      form.form.clearErrors(`mapping.${field}` as never)
                      setMapping((m) => ({ ...m, [field]: e.target.value === '' ? undefined : e.target.value }))
                    }}
                  >
                    <option value="">{field === 'email' ? 'Choose a column…' : '— not imported —'}</option>
                    {preview.columns.map((column) => (
                      <option key={column} value={column}>
                        {column}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ))}
          </div>
          {phase === 'choose' ? <MappingPreview preview={preview} mapping={mapping} /> : null}
        </fieldset>
      ) : null}
      <div ref={outcome}>
        {phase === 'sending' ? <p role="status">Sending {file ? megabytes(file.size) : 'the file'} to ColdSend…</p> : null}
        {progress ? <UploadProgress progress={progress} /> : null}
        {failure ? <ErrorNotice error={failure} headingLevel={3} /> : null}
      </div>
      <div className="button-row">
        {phase === 'done' ? null : (
          <button type="submit" className="primary" disabled={busy}>
            Upload leads
          </button>
        )}
        <button type="button" onClick={onClose}>
          {phase === 'done' ? 'Close' : 'Cancel'}
        </button>
      </div>
    </form>
  )
}
