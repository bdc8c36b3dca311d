/** Props: what the core could not read while answering. */
export interface LogReadNotesProps {
  skippedLines: number
  quarantinedFiles: readonly string[]
}

/** Says when damaged lines were skipped or unreadable files set aside, so a short list is never mistaken for the whole log. */
export function LogReadNotes({ skippedLines, quarantinedFiles }: LogReadNotesProps) {
  if (skippedLines === 0 && quarantinedFiles.length === 0) return null
  return (
    <div className="error-read-notes" role="note">
      {skippedLines > 0 ? (
        <p>
          {skippedLines.toLocaleString()} damaged {skippedLines === 1 ? 'line was' : 'lines were'} skipped while reading the log.
        </p>
      ) : null}
      {quarantinedFiles.length > 0 ? (
        <p>
          {quarantinedFiles.length === 1 ? 'One log file could not be read and was' : `${quarantinedFiles.length} log files could not be read and were`} set aside:{' '}
          {quarantinedFiles.join(', ')}.
        </p>
      ) : null}
    </div>
  )
}
