import type { EventEmitter } from 'node:events'
import type { FakeSafeStorage } from './fake-safe-storage'

/** An Electron-style event. */
export class FakeEvent {
  constructor(fields?: Record<string, unknown>)
  defaultPrevented: boolean
  url?: string
  preventDefault(): void
}

/** A fake frame (WebFrameMain subset). */
export interface FakeFrame {
  url: string
  parent: FakeFrame | null
}

/** A fake WebContents. */
export interface FakeWebContents extends EventEmitter {
  id: number
  mainFrame: FakeFrame
  destroyed: boolean
  getURL(): string
  isDestroyed(): boolean
  send(channel: string, ...args: unknown[]): void
}

/** What the fake remembers about one BrowserWindow. */
export interface WindowEntry {
  options: { show?: boolean; webPreferences?: Record<string, unknown> } & Record<string, unknown>
  loadedUrls: string[]
  shown: boolean
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null
  webContents: FakeWebContents
}

type AnyFn = (...args: any[]) => any // eslint-disable-line @typescript-eslint/no-explicit-any

/** Everything the fake records. */
export interface FakeRecord {
  violations: string[]
  app: { sandboxEnabled: boolean; singleInstanceLockRequested: boolean; quitRequests: number; quitted: boolean; paths: Record<string, string>; exitCode?: number }
  windows: WindowEntry[]
  privilegedSchemes: { scheme: string; privileges?: Record<string, boolean> }[]
  protocolHandlers: Record<string, (request: Request) => Promise<Response>>
  ipcHandlers: Record<string, AnyFn>
  exposed: Record<string, unknown>
  permissions: { request: AnyFn | null; check: AnyFn | null; device: AnyFn | null }
  openedExternal: string[]
  sent: unknown[][]
  invocations: unknown[][]
}

/** The fake app (EventEmitter + Electron's app methods used here). */
export interface FakeApp extends EventEmitter {
  isPackaged: boolean
  getPath(name: string): string
  setPath(name: string, value: string): void
  getVersion(): string
  isReady(): boolean
  whenReady(): Promise<void>
  enableSandbox(): void
  requestSingleInstanceLock(): boolean
  becomeReady(): void
  quit(): void
  exit(code?: number): void
}

/** The fake module's exports. */
export interface FakeElectronModule {
  app: FakeApp
  BrowserWindow: { new (options?: Record<string, unknown>): EventEmitter & { webContents: FakeWebContents }; getAllWindows(): unknown[] }
  protocol: Record<string, AnyFn>
  session: { defaultSession: EventEmitter & Record<string, unknown> }
  ipcMain: EventEmitter & { handle: AnyFn; removeHandler: AnyFn }
  shell: { openExternal(url: string): Promise<void> }
  contextBridge: { exposeInMainWorld(key: string, api: unknown): void }
  ipcRenderer: EventEmitter & { invoke(channel: string, ...args: unknown[]): Promise<unknown> }
  safeStorage: FakeSafeStorage
}

/** Options for the fake. */
export interface FakeElectronOptions {
  userData?: string
  version?: string
  autoReady?: boolean
  singleInstanceLock?: boolean
  safeStorage?: FakeSafeStorage
  onQuit?: () => void
  invokeResult?: unknown
}

/** Creates a fresh fake `electron`. */
export function createFakeElectron(options?: FakeElectronOptions): FakeElectronModule & {
  electron: FakeElectronModule
  record: FakeRecord
  windows: unknown[]
}
