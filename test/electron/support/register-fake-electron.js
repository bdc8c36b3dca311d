// `node --import ./register-fake-electron.js out/main/index.js`: maps every `electron` import
// (the bundle's and electron-store's) to the recording fake, so the built shell runs under Node.
import { register } from 'node:module'

register('./fake-electron-loader.js', import.meta.url)
