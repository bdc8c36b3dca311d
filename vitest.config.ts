import { defineConfig } from 'vitest/config'

// Unit + integration tests run under plain Node; e2e tests (test/e2e) drive real Chromium.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    server: { deps: { inline: ['electron-store'] } }
  }
})
