/** What cleaning a pasted password did, in words the wizard shows under the field. */
export interface CleanedPassword {
  value: string
  notes: string[]
}

// Google, Yahoo, iCloud and Fastmail show app passwords as 16 letters, often in groups of four ("abcd efgh ijkl mnop").
const GROUPED_APP_PASSWORD = /^[a-z]{4}( ?[a-z]{4}){3}$/i
const GROUPED_DASHED = /^[a-z]{4}(-[a-z]{4}){3}$/i

/**
 * Cleans a pasted mailbox password the way providers expect it: surrounding whitespace and line
 * breaks (paste accidents) are removed, and a 16-letter app password shown in groups loses its
 * spaces (providers say to enter it without them). Dashed groups (iCloud's format) are kept: there
 * the dashes are part of the password. Each change is reported, never silently made; the password
 * itself never appears in a note.
 */
export function cleanPassword(raw: string): CleanedPassword {
  const notes: string[] = []
  let value = raw
  const trimmed = value.replace(/^[\s\u200b\ufeff]+|[\s\u200b\ufeff]+$/g, '')
  if (trimmed !== value) {
    notes.push('Removed spaces or line breaks before or after the password (usually a copy-and-paste accident).')
    value = trimmed
  }
  if (GROUPED_APP_PASSWORD.test(value) && value.includes(' ')) {
    value = value.replace(/ /g, '')
    notes.push('Removed the spaces between the four groups of the app password: providers expect it without them.')
  } else if (!GROUPED_DASHED.test(value) && /\s/.test(value)) {
    notes.push('The password contains spaces. That is unusual: check it was copied exactly.')
  }
  return { value, notes }
}
