import type { Redactor } from './redactor'

/** A logger whose every argument passes the redactor before it reaches stderr. */
export interface ConsoleLog {
  info(message: string, data?: unknown): void
  warn(message: string, data?: unknown): void
  error(message: string, data?: unknown): void
}

/** Builds the process log; `sink` defaults to stderr so stdout stays clean for "ready" lines. */
export function createConsoleLog(redactor: Redactor, sink: (line: string) => void = (l) => process.stderr.write(l + '\n')): ConsoleLog {
  const write = (level: string, message: string, data?: unknown) => {
    const extra = data === undefined ? '' : ' ' + JSON.stringify(redactor.value(data))
    sink(`[${new Date().toISOString()}] ${level} ${redactor.text(message)}${extra}`)
  }
  return {
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d)
  }
}
