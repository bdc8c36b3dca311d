import { mkdtempSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { runnerImport } from 'vite'
import { writeBenchLog } from './bench/error-log-fixture.mjs'
const root = join(import.meta.dirname, '..')
const load = async (p) => (await runnerImport(join(root, p), { configFile: false, logLevel: 'error' })).module
const { ErrorLog } = await load('src/main/core/error-log/index.ts')
const { Redactor } = await load('src/main/core/log/redactor.ts')
const { parseLines } = await load('src/main/core/error-log/line-codec.ts')
const { parseImport } = await load('src/main/core/error-log/jsonl-import.ts')
const dataDir = mkdtempSync('/tmp/prof-')
const options = { dataDir, redactor: new Redactor(), sync: 'none' }
await writeBenchLog(ErrorLog, options, 100000)
const log = new ErrorLog(options)
let t = performance.now(); const ex = await log.export({}); console.log('export', performance.now() - t)
t = performance.now(); const bytes = Buffer.from(ex.text); console.log('to bytes', performance.now() - t)
t = performance.now(); const text = new TextDecoder().decode(bytes); console.log('decode', performance.now() - t)
t = performance.now(); const pl = parseLines(text); console.log('parseLines', performance.now() - t, pl.records.length)
t = performance.now(); const pi = parseImport(text, new Redactor(), new Date()); console.log('parseImport', performance.now() - t)
t = performance.now(); log.import(text); console.log('log.import', performance.now() - t)
t = performance.now(); await log.groups({ source: 'imported' }); console.log('groups imported', performance.now() - t)
t = performance.now(); await log.query({ source: 'imported', limit: 50 }); console.log('query imported', performance.now() - t)
await log.close()
