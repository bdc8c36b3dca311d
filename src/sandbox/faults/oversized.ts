import { invented } from '../wording'
import type { FaultScene } from './scene'

const CHUNK = Buffer.alloc(64 * 1024, 'x')

// Streams a valid JSON object of exactly `bytes` bytes (`{"success":true,"message":…,"padding":"xxxx…"}`), honouring backpressure.
export async function streamOversized(scene: FaultScene, opts: { bytes: number; status: number; declareLength: boolean }): Promise<void> {
  const { res, headers } = scene.exchange
  const head = Buffer.from(`{"success":true,"message":${JSON.stringify(invented.oversizedMessage)},"padding":"`, 'utf8')
  const tail = Buffer.from('"}', 'utf8')
  const total = Math.max(opts.bytes, head.length + tail.length)
  let left = total - head.length - tail.length
  const length: Record<string, string> = opts.declareLength ? { 'Content-Length': String(total) } : {}
  res.writeHead(opts.status, { ...headers, 'Content-Type': 'application/json', ...length })
  scene.entry.status = opts.status
  const release = scene.hold(() => res.destroy())
  const write = (chunk: Buffer) => (res.write(chunk) ? Promise.resolve() : new Promise<void>((resolve) => {
    const done = () => {
      res.off('drain', done)
      res.off('close', done)
      resolve()
    }
    res.on('drain', done)
    res.on('close', done)
  }))
  try {
    await write(head)
    while (left > 0 && !res.destroyed) {
      const piece = left >= CHUNK.length ? CHUNK : CHUNK.subarray(0, left)
      left -= piece.length
      await write(piece)
    }
    if (!res.destroyed) res.end(tail)
  } finally {
    release()
    scene.entry.done = true
    scene.exchange.note(`${opts.status} streamed ${total - left} bytes`)
  }
}
