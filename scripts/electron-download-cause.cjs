// Preloaded (`node --require`) into Electron's install.js by scripts/electron-binary.js. Node's fetch
// rejects with a bare "fetch failed" and install.js prints only that; appending the cause (e.g.
// "getaddrinfo ENOTFOUND github.com") lets `npm start` say why the download failed.
const originalFetch = globalThis.fetch

if (typeof originalFetch === 'function') {
  globalThis.fetch = (...args) =>
    originalFetch(...args).catch((error) => {
      const cause = error && error.cause
      const detail = cause && (cause.message || cause.code)
      if (detail && typeof error.message === 'string' && !error.message.includes(detail)) error.message = `${error.message}: ${detail}`
      throw error
    })
}
