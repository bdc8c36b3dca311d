import type { BridgeSocket } from '../../../src/renderer/src/bridge/web-bridge-client'

/** A WebSocket stand-in the test drives by hand: open it, answer it, drop it. */
export class FakeSocket implements BridgeSocket {
  static instances: FakeSocket[] = []
  readonly sent: Array<string | Uint8Array> = []
  closed = false
  onopen: BridgeSocket['onopen'] = null
  onmessage: BridgeSocket['onmessage'] = null
  onclose: BridgeSocket['onclose'] = null
  onerror: BridgeSocket['onerror'] = null

  constructor(
    readonly url: string,
    readonly protocols: string[] = []
  ) {
    FakeSocket.instances.push(this)
  }

  /** The most recently created socket. */
  static latest(): FakeSocket {
    const socket = FakeSocket.instances[FakeSocket.instances.length - 1]
    if (!socket) throw new Error('no socket created')
    return socket
  }

  send(data: string | Uint8Array): void {
    this.sent.push(data)
  }

  close(): void {
    this.closed = true
    this.onclose?.({ code: 1000 })
  }

  open(): void {
    this.onopen?.({})
  }

  receive(message: unknown): void {
    this.onmessage?.({ data: JSON.stringify(message) })
  }

  drop(): void {
    this.onerror?.({})
    this.onclose?.({ code: 1006 })
  }

  /** Parsed text requests sent so far. */
  requests(): Array<{ id: number; op: string; input: unknown }> {
    return this.sent.filter((s): s is string => typeof s === 'string').map((s) => JSON.parse(s) as { id: number; op: string; input: unknown })
  }
}
