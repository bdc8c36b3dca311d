import { createServer, type Server, type TLSSocket } from 'node:tls'
import type { AddressInfo } from 'node:net'
import { testCertificate } from './cert'

/** An implicit-TLS SMTP server whose answer to each AUTH is scripted (by default: echo the decoded credentials back). */
export interface EchoingSmtpServer {
  port: number
  ca: string
  close(): Promise<void>
}

const decode = (b64: string) => Buffer.from(b64.trim(), 'base64').toString('utf8').replace(/\0/g, ' ')

/** The reply line to a login, given the decoded credentials (`' user password'` for PLAIN, the password for LOGIN). */
export type AuthReply = (decoded: string) => string

const echo: AuthReply = (decoded) => `535 5.7.8 Authentication failed for secret ${decoded}`

// Speaks just enough SMTP to reach AUTH (PLAIN or LOGIN), then answers with the scripted reply.
function serve(socket: TLSSocket, reply: AuthReply): void {
  let buffer = ''
  let awaiting: 'plain' | 'login-user' | 'login-pass' | null = null
  const say = (line: string) => socket.write(`${line}\r\n`)
  say('220 echo.example ESMTP hostile')
  socket.on('error', () => {})
  socket.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8')
    let end: number
    while ((end = buffer.indexOf('\r\n')) >= 0) {
      const line = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      if (awaiting === 'plain' || awaiting === 'login-pass') {
        awaiting = null
        say(reply(decode(line)))
      } else if (awaiting === 'login-user') {
        awaiting = 'login-pass'
        say('334 UGFzc3dvcmQ6')
      } else if (/^(EHLO|HELO)/i.test(line)) say('250-echo.example\r\n250 AUTH PLAIN LOGIN')
      else if (/^AUTH PLAIN \S+/i.test(line)) say(reply(decode(line.slice(11))))
      else if (/^AUTH PLAIN$/i.test(line)) {
        awaiting = 'plain'
        say('334 ')
      } else if (/^AUTH LOGIN/i.test(line)) {
        awaiting = 'login-user'
        say('334 VXNlcm5hbWU6')
      } else if (/^QUIT/i.test(line)) {
        say('221 bye')
        socket.end()
      } else say('250 ok')
    }
  })
}

/** Starts the server on a loopback port with the shared test certificate (trust `ca`); `reply` scripts the AUTH answer. */
export async function startEchoingSmtp(reply: AuthReply = echo): Promise<EchoingSmtpServer> {
  const cert = await testCertificate()
  const server: Server = createServer({ cert: cert.cert, key: cert.key }, (socket) => serve(socket, reply))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    ca: cert.cert,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}
