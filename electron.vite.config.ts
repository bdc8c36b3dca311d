import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const root = import.meta.dirname

// Three main-side entries share one core: the Electron shell, browser mode and the standalone sandbox.
export default defineConfig({
  main: {
    build: {
      // zod and ky are bundled into the main chunks: as hundreds of small ESM files they made up much of
      // the shell's start-up (module resolution and compile); the rest stay in node_modules.
      externalizeDeps: { exclude: ['zod', 'ky'] },
      rolldownOptions: {
        input: {
          index: resolve(root, 'src/main/index.ts'),
          web: resolve(root, 'src/main/web.ts'),
          sandbox: resolve(root, 'src/main/sandbox.ts')
        }
      }
    }
  },
  // sandbox: true needs a CommonJS preload even though the package is ESM
  preload: {
    build: { rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } } }
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    plugins: [react()],
    build: { minify: true }
  }
})
