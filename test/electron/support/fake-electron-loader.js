// Module resolve hook (runs on Node's loader thread): `electron` → the smoke fake.
const FAKE_URL = new URL('./fake-electron-main.js', import.meta.url).href

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: FAKE_URL, format: 'module', shortCircuit: true }
  return nextResolve(specifier, context)
}
