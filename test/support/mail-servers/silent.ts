import { type Socket, createServer } from 'node:net'

/** A TCP server on 127.0.0.1 that accepts connections and never says a word (a mail server that hangs before its greeting). */
export interface SilentServer {
  port: number
  /** Connections currently open: a client that gave up or was cancelled must have closed its socket. */
  openConnections(): number
  stop(): Promise<void>
}

// Starts a silent server on `port` (default any free port): for tests of timeouts and of cancelled checks.
export function startSilentServer(port = 0): Promise<SilentServer> {
  const sockets = new Set<Socket>()
  const server = createServer((socket) => {
    sockets.add(socket)
    socket.on('error', () => {})
    socket.on('close', () => sockets.delete(socket))
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const address = server.address()
      resolve({
        port: typeof address === 'object' && address !== null ? address.port : port,
        openConnections: () => sockets.size,
        stop: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy()
            server.close(() => done())
          })
      })
    })
  })
}
