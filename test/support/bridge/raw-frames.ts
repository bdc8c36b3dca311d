import { randomBytes } from 'node:crypto'
import { connect, type Socket } from 'node:net'
import { pageProtocols, type BridgeTarget } from './bridge-client'

/** One hand-built WebSocket frame, so tests can send what no well-behaved client would. */
export interface RawFrame {
  opcode: number
  payload: Buffer
  fin?: boolean
  rsv1?: boolean
  /** Client frames must be masked; false sends an unmasked one. */
  masked?: boolean
  /** Claims this payload length in the header instead of the real one. */
  claimedLength?: bigint
}

/** Encodes a frame exactly as described, including illegal combinations. */
export function encodeFrame(f: RawFrame): Buffer {
  const masked = f.masked ?? true
  const length = f.claimedLength ?? BigInt(f.payload.length)
  const head: number[] = [(f.fin === false ? 0 : 0x80) | (f.rsv1 ? 0x40 : 0) | (f.opcode & 0x0f)]
  const maskBit = masked ? 0x80 : 0
  let ext = Buffer.alloc(0)
  if (length < 126n) head.push(maskBit | Number(length))
  else if (length < 65536n) {
    head.push(maskBit | 126)
    ext = Buffer.alloc(2)
    ext.writeUInt16BE(Number(length))
  } else {
    head.push(maskBit | 127)
    ext = Buffer.alloc(8)
    ext.writeBigUInt64BE(length)
  }
  if (!masked) return Buffer.concat([Buffer.from(head), ext, f.payload])
  const mask = randomBytes(4)
  const body = Buffer.from(f.payload.map((b, i) => b ^ mask[i % 4]!))
  return Buffer.concat([Buffer.from(head), ext, mask, body])
}

/** A close frame's payload: the code, then an optional reason. */
export function closePayload(code: number, reason = ''): Buffer {
  const b = Buffer.alloc(2)
  b.writeUInt16BE(code)
  return Buffer.concat([b, Buffer.from(reason)])
}

/** A raw TCP socket past a real, authenticated upgrade, with everything the server sends after it. */
export interface RawBridge {
  socket: Socket
  received: () => Buffer
  closed: Promise<void>
}

/** Performs the upgrade by hand (exact Origin, token subprotocol) and hands back the raw socket. */
export function rawUpgrade(t: BridgeTarget): Promise<RawBridge> {
  const url = new URL(t.origin)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname)
    let buffer = Buffer.alloc(0)
    let upgraded = false
    const closed = new Promise<void>((done) => socket.once('close', () => done()))
    socket.on('error', () => undefined)
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk])
      if (upgraded) return
      const end = buffer.indexOf('\r\n\r\n')
      if (end < 0) return
      const head = buffer.subarray(0, end).toString()
      if (!head.startsWith('HTTP/1.1 101')) return reject(new Error(`upgrade refused: ${head.split('\r\n')[0]}`))
      upgraded = true
      buffer = buffer.subarray(end + 4)
      resolve({ socket, received: () => buffer, closed })
    })
    socket.once('connect', () => {
      socket.write(
        `GET /bridge HTTP/1.1\r\nHost: ${url.host}\r\nOrigin: ${t.origin}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n` +
          `Sec-WebSocket-Protocol: ${pageProtocols(t.token).join(', ')}\r\n\r\n`
      )
    })
  })
}

/** The close code in the first close frame the server sent (frames from a server are unmasked), or null. */
export function serverCloseCode(data: Buffer): number | null {
  let at = 0
  while (at + 2 <= data.length) {
    const opcode = data[at]! & 0x0f
    let length = data[at + 1]! & 0x7f
    let offset = at + 2
    if (length === 126) {
      length = data.readUInt16BE(offset)
      offset += 2
    } else if (length === 127) {
      length = Number(data.readBigUInt64BE(offset))
      offset += 8
    }
    if (opcode === 0x8) return length >= 2 ? data.readUInt16BE(offset) : 1005
    at = offset + length
  }
  return null
}

/** Sends one crafted frame on a fresh authenticated socket and reports how the server ended it. */
export async function sendBadFrame(t: BridgeTarget, frame: Buffer, waitMs = 5_000): Promise<{ closeCode: number | null; socketClosed: boolean }> {
  const raw = await rawUpgrade(t)
  raw.socket.write(frame)
  const socketClosed = await Promise.race([raw.closed.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), waitMs))])
  raw.socket.destroy()
  return { closeCode: serverCloseCode(raw.received()), socketClosed }
}
