import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { runnerImport } from 'vite'
const root = join(import.meta.dirname, '..')
const load = async (p) => (await runnerImport(join(root, p), { configFile: false, logLevel: 'error' })).module
const { startSandbox } = await load('src/sandbox/index.ts')
const { bootTestCore } = await load('test/support/boot-core.ts')
const sandbox = await startSandbox({ port: 0, dataDir: null, rateLimit: { perMinute: 10000, perHour: 100000 } })
const key = sandbox.issueKey({ scopes: ['*'], name: 'bench' })
const { core } = await bootTestCore(undefined, { COLDSEND_BASE_URL: sandbox.baseUrl, COLDSEND_API_KEY: key })
async function b(name, op, input) {
  const t = []
  for (let i = 0; i < 60; i++) { const s = performance.now(); const r = await core.invoke(op, input); if (!r.ok) { console.log(r.error); break }; t.push(performance.now() - s) }
  t.sort((a,b)=>a-b); console.log(name, t[30].toFixed(2), t[58].toFixed(2))
}
await b('profiles.list', 'profiles.list', {})
await b('campaigns.list', 'campaigns.list', {})
await b('campaigns.list limit1', 'campaigns.list', { limit: 1 })
const r = await core.invoke('campaigns.list', {}); console.log(JSON.stringify(r).length)
process.exit(0)
