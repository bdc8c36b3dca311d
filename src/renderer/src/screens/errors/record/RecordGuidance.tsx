import { guidanceFor } from './guidance-for'

/** The fix the console gave for this failure, in its own words (the guidance table), or the bare id if unknown here. */
export function RecordGuidance({ id }: { id: string | undefined }) {
  if (!id) return null
  const guidance = guidanceFor(id)
  return (
    <section aria-labelledby="record-guidance-heading">
      <h2 id="record-guidance-heading">Guidance the console gave</h2>
      {guidance ? (
        <>
          <p className="error-notice__fix">{guidance.title}:</p>
          <ol className="error-notice__steps">
            {guidance.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      ) : (
        <p>
          Guidance <code>{id}</code> is not known to this version of the console.
        </p>
      )}
    </section>
  )
}
