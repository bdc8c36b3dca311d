import type { Socket } from 'node:net'

/** An error with a Node-style `code`, as every step failure carries. */
export type CodedError = Error & { code?: string }

/** Makes an Error with a `code` (timeouts and protocol refusals the engine raises itself). */
export function codedError(code: string, message: string): CodedError {
  return Object.assign(new Error(message), { code })
}

/**
 * Reads CRLF lines from a socket with a timeout per read; `attach` moves it onto the TLS socket after STARTTLS.
 * Socket errors and closes reject the pending read with the socket's own code, so steps report the real cause.
 */
export class LineReader {
  private buffer = ''
  private lines: string[] = []
  private failure: CodedError | null = null
  private waiter: { resolve: (line: string) => void; reject: (err: CodedError) => void } | null = null
  private socket: Socket | null = null
  private readonly onData = (chunk: Buffer) => this.push(chunk.toString('utf8'))
  private readonly onError = (err: CodedError) => this.fail(err)
  private readonly onClose = () => this.fail(codedError('ECONNECTION', 'The server closed the connection'))

  constructor(socket: Socket) {
    this.attach(socket)
  }

  // Reads from `socket` from now on (unread bytes of the old socket are dropped, as STARTTLS requires).
  attach(socket: Socket): void {
    this.detach()
    this.socket = socket
    this.buffer = ''
    this.lines = []
    socket.on('data', this.onData)
    socket.on('error', this.onError)
    socket.on('close', this.onClose)
  }

  // Fails the pending and every later read (the check was cancelled).
  abort(err: CodedError): void {
    this.fail(err)
  }

  // Stops listening (before a TLS upgrade takes the socket over).
  detach(): void {
    this.socket?.off('data', this.onData)
    this.socket?.off('error', this.onError)
    this.socket?.off('close', this.onClose)
    this.socket = null
  }

  // The next line (without CRLF); rejects with `timeoutCode` after `timeoutMs`.
  readLine(timeoutMs: number, timeoutCode: string): Promise<string> {
    const next = this.lines.shift()
    if (next !== undefined) return Promise.resolve(next)
    if (this.failure) return Promise.reject(this.failure)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = null
        reject(codedError(timeoutCode, `No answer within ${timeoutMs} ms`))
      }, timeoutMs)
      this.waiter = {
        resolve: (line) => (clearTimeout(timer), resolve(line)),
        reject: (err) => (clearTimeout(timer), reject(err))
      }
    })
  }

  private push(text: string): void {
    this.buffer += text
    let at: number
    while ((at = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, at).replace(/\r$/, '')
      this.buffer = this.buffer.slice(at + 1)
      const waiter = this.waiter
      this.waiter = null
      if (waiter) waiter.resolve(line)
      else this.lines.push(line)
    }
  }

  private fail(err: CodedError): void {
    this.failure ??= err
    const waiter = this.waiter
    this.waiter = null
    waiter?.reject(this.failure)
  }
}
