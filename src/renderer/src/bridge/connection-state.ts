/**
 * How the page's link to the console backend stands. Electron's IPC is always `open`; browser
 * mode's WebSocket can drop (`reconnecting`) or be refused for a missing or stale token (`refused`).
 */
export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'refused'
