import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { storedZip } from './stored-zip'

/** Where electron's install.js puts the executable inside the release zip, per platform (its getPlatformPath). */
export function releaseExecutable(platform: NodeJS.Platform = process.platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron'
  if (platform === 'win32') return 'electron.exe'
  return 'electron'
}

/** A running stand-in for Electron's GitHub release downloads; `url` is what ELECTRON_MIRROR takes. */
export interface ElectronMirror {
  url: string
  requests: string[]
  close(): Promise<void>
}

/**
 * Serves a fake `electron-v<version>-<platform>-<arch>.zip` (an executable that prints a marker)
 * and its SHASUMS256.txt on 127.0.0.1, so the real install.js can be run without the internet.
 */
export async function startElectronMirror(version: string, marker: string): Promise<ElectronMirror> {
  const zipName = `electron-v${version}-${process.platform}-${process.arch}.zip`
  const zip = storedZip([
    { name: releaseExecutable(), data: Buffer.from(`#!/bin/sh\necho ${marker}\n`), mode: 0o755 },
    { name: 'version', data: Buffer.from(version) }
  ])
  const sums = `${createHash('sha256').update(zip).digest('hex')} *${zipName}\n`
  const files: Record<string, Buffer> = { [`/v${version}/${zipName}`]: zip, [`/v${version}/SHASUMS256.txt`]: Buffer.from(sums) }
  const requests: string[] = []
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '')
    const body = files[request.url ?? '']
    response.writeHead(body ? 200 : 404, { 'Content-Type': 'application/octet-stream', 'Content-Length': body?.length ?? 0 })
    response.end(body)
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/`, requests, close: () => new Promise<void>((done) => server.close(() => done())) }
}

/** A 127.0.0.1 URL nothing listens on (a port just released), for the offline case. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer()
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((done) => server.close(() => done()))
  return `http://127.0.0.1:${port}/`
}
