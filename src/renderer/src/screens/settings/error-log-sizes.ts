import { megabytes } from '../../format/file-size'

/** A log size as the operator reads it: "0 bytes", "512 bytes", "3 KB", "4.2 MB". */
export function logSizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`
  return megabytes(bytes).replace(/\.0 MB$/, ' MB')
}

/** The caps that bound the log, in words: "Keeps up to 5 files of 5 MB each (25 MB in all); older records are dropped." */
export function logCapsText(maxFiles: number, maxFileBytes: number): string {
  const files = `${maxFiles} file${maxFiles === 1 ? '' : 's'}`
  return `Keeps up to ${files} of ${logSizeText(maxFileBytes)} each (${logSizeText(maxFiles * maxFileBytes)} in all); the oldest records are dropped beyond that.`
}

/** "1 record" / "12,345 records". */
export function recordCountText(count: number): string {
  return `${count.toLocaleString('en-US')} record${count === 1 ? '' : 's'}`
}
