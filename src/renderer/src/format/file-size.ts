import { MAX_CSV_BYTES } from '../../../shared/contract/leads'

const KB = 1024
const MB = 1024 * KB

/**
 * A byte count as the operator reads it ("45.2 MB", "3 KB"), in the same MB the 50 MB limit is
 * counted in. Rounded up, so a file one byte over the limit never reads as "50.0 MB".
 */
export function megabytes(bytes: number): string {
  if (bytes < MB) return `${Math.max(1, Math.ceil(bytes / KB))} KB`
  return `${(Math.ceil((bytes / MB) * 10) / 10).toFixed(1)} MB`
}

/** Why a file is refused before any byte is read or sent, or null when it fits ColdSend's CSV limit. */
export function csvTooLarge(bytes: number): string | null {
  if (bytes <= MAX_CSV_BYTES) return null
  return `The file is ${megabytes(bytes)}; the largest file ColdSend accepts is ${megabytes(MAX_CSV_BYTES)}. Split it into smaller files.`
}
