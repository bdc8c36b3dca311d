/** Saves text as a file through the browser's download (a Blob URL on a temporary `<a download>`), then frees the URL. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A file name stamped with the local time: `error-log-2026-12-03-0815.csv`. */
export function stampedName(base: string, extension: string, now: Date = new Date()): string {
  return `${base}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}.${extension}`
}
