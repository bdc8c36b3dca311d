/** One guidance step: text between backticks (a command or setting to type) is shown as code. */
export function StepText({ text }: { text: string }) {
  const parts = text.split('`')
  // An unmatched backtick leaves an odd piece out: show the text as it is rather than half-coded.
  if (parts.length % 2 === 0) return <>{text}</>
  return <>{parts.map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>
}
