/** Placeholder until the theme branch lands: text with its full value in `title`. */
export function TruncatedText({ text }: { text: string }) {
  return (
    <span className="truncate" title={text}>
      {text}
    </span>
  )
}
