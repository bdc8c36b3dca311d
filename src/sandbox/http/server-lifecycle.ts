import type { Server } from 'node:http'

// Starts listening and resolves with the bound port (useful when port 0 picked a free one).
export function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err)
    server.once('error', onError)
    server.listen(port, host, () => {
      server.off('error', onError)
      const address = server.address()
      resolve(typeof address === 'object' && address !== null ? address.port : port)
    })
  })
}

/** How long close() lets busy connections finish before dropping them; tests use it to tell "closed at once" from "forced". */
export const CLOSE_GRACE_MS = 1000

// Stops accepting, drops idle keep-alive sockets at once (and each busy one as soon as it has answered), and after a short grace any still busy.
export function closeServer(server: Server, graceMs = CLOSE_GRACE_MS): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs)
    force.unref()
    // A request in flight at close() leaves a keep-alive socket behind once answered; sweep those promptly.
    const sweep = setInterval(() => server.closeIdleConnections(), 20)
    sweep.unref()
    server.close(() => {
      clearTimeout(force)
      clearInterval(sweep)
      resolve()
    })
    server.closeIdleConnections()
  })
}

// The origin clients use: IPv6 literals need brackets.
export function originFor(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`
}
