import { useId, useMemo, useState } from 'react'
import { MergeFieldList } from './MergeFieldList'
import { templateErrorMessage, unknownMergeFields } from './merge-field-check'
import { leadData, sampleData, type PreviewLead } from './preview-data'
import { analyzeTemplate, renderTemplate, type TemplateAnalysis, type TemplateRender } from './template-analysis'
import './content-preview.css'

/** Props of ContentPreview. */
export interface ContentPreviewProps {
  /** The subject template; null or empty for a follow-up sent as a reply in the same thread. */
  subject: string | null
  /** The body template (plain text, `\n` line breaks). */
  content: string
  /** Leads to preview as (each listed by email); may be empty. */
  leads: PreviewLead[]
  /** Custom field names found on the campaign's leads (what `{{column_name}}` can use). */
  leadFields: string[]
  /** The moment computed fields (dn_date …) are read at; default: when the preview first renders. */
  now?: Date
  /** Zone whose clock computed fields read (pass the campaign's); default the machine's. */
  timeZone?: string
}

/** The lead shape the preview takes, re-exported so callers import one module. */
export type { PreviewLead } from './preview-data'

const SAMPLE = 'sample'

function RenderedText({ result, label, className }: { result: TemplateRender; label: string; className: string }) {
  if (!result.ok) return <p className="field-error">{`${label}: ${templateErrorMessage(result.error)}`}</p>
  return <div className={className}>{result.text}</div>
}

function spintaxSummary(parts: Array<[string, TemplateAnalysis]>, choice: number): string[] {
  const lines: string[] = []
  for (const [label, analysis] of parts) {
    if (!analysis.ok) continue
    analysis.spintaxOptionCounts.forEach((count, i) => {
      const which = analysis.spintaxOptionCounts.length > 1 ? ` (group ${i + 1})` : ''
      lines.push(`${label}${which}: option ${(choice % count) + 1}, one of ${count} options`)
    })
  }
  return lines
}

/**
 * How an email reads for one lead (or sample data): rendered subject and body, the merge fields it
 * uses and whether that lead has them, unknown fields and template errors with their line and
 * column. Spintax shows one option at a time; "Next spintax option" cycles through them.
 */
export function ContentPreview({ subject, content, leads, leadFields, now, timeZone }: ContentPreviewProps) {
  const id = useId()
  const [firstRender] = useState(() => new Date())
  const [chosen, setChosen] = useState<string | null>(null)
  const [spinChoice, setSpinChoice] = useState(0)
  const at = now ?? firstRender

  const lead = chosen === SAMPLE ? undefined : (leads.find((l) => l.lead_id === chosen) ?? (chosen === null ? leads[0] : undefined))
  const selectValue = lead ? lead.lead_id : SAMPLE
  const data = useMemo(() => (lead ? leadData(lead) : sampleData(leadFields)), [lead, leadFields])

  const hasSubject = subject !== null && subject.trim() !== ''
  const subjectAnalysis = hasSubject ? analyzeTemplate(subject) : null
  const bodyAnalysis = analyzeTemplate(content)
  const used = [...new Set([...(subjectAnalysis?.ok ? subjectAnalysis.mergeFields : []), ...(bodyAnalysis.ok ? bodyAnalysis.mergeFields : [])])].sort()
  const unknown = new Set(unknownMergeFields(used, leadFields))
  const options = { spinChoice, timeZone }
  const spintax = spintaxSummary([...(subjectAnalysis ? [['Subject', subjectAnalysis] as [string, TemplateAnalysis]] : []), ['Body', bodyAnalysis]], spinChoice)

  return (
    <section className="panel content-preview" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Preview</h2>
      <div className="field">
        <label htmlFor={`${id}-who`}>Preview as</label>
        <select id={`${id}-who`} value={selectValue} onChange={(e) => setChosen(e.target.value)} aria-describedby={leads.length ? undefined : `${id}-no-leads`}>
          <option value={SAMPLE}>Sample data</option>
          {leads.map((l) => (
            <option key={l.lead_id} value={l.lead_id}>
              {l.email}
            </option>
          ))}
        </select>
        {leads.length ? null : (
          <p id={`${id}-no-leads`} className="field-hint">
            This campaign has no leads yet, so the preview uses sample data.
          </p>
        )}
      </div>

      <div className="content-preview__email">
        <h3>Subject</h3>
        {hasSubject ? (
          <RenderedText result={renderTemplate(subject, data, at, options)} label="Subject" className="content-preview__subject" />
        ) : (
          <p className="field-hint">(no subject — sent as a reply in the thread)</p>
        )}
        <h3>Body</h3>
        <RenderedText result={renderTemplate(content, data, at, options)} label="Body" className="content-preview__body" />
      </div>

      {spintax.length ? (
        <div className="content-preview__spintax">
          <p>Spintax: each email gets one of the options. Showing:</p>
          <ul>
            {spintax.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <button type="button" onClick={() => setSpinChoice((c) => c + 1)}>
            Next spintax option
          </button>
        </div>
      ) : null}

      <MergeFieldList headingId={`${id}-fields`} fields={used} data={data} unknown={unknown} leadFields={leadFields} />
    </section>
  )
}
