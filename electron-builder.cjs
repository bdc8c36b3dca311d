// `npm run package`: installers for each OS with only the built app (out/) and the manifest in
// app.asar, and Electron's fuses flipped (security checklist #19). electron-builder adds the
// production node_modules itself. Check a build with `npx @electron/fuses read --app <path>`.
module.exports = {
  appId: 'pro.coldsend.console',
  productName: 'ColdSend Console',
  artifactName: '${name}-${version}-${os}-${arch}.${ext}',
  directories: { output: 'release', buildResources: 'build' },
  // What electron-vite built plus package.json; never src/, test/ or configs.
  files: ['out/**', 'package.json'],
  asar: true,
  // The only native dependency (@napi-rs/keyring) ships N-API prebuilds: nothing to rebuild for Electron.
  npmRebuild: false,
  // Installers are built, never uploaded, by this script.
  publish: null,
  electronFuses: {
    // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node.
    runAsNode: false,
    // NODE_OPTIONS / NODE_EXTRA_CA_CERTS could inject code or trust into the main process.
    enableNodeOptionsEnvironmentVariable: false,
    // --inspect / SIGUSR1 would open a debugger on the process holding the API keys.
    enableNodeCliInspectArguments: false,
    // The console is served from app://, so file:// needs no extra powers.
    grantFileProtocolExtraPrivileges: false,
    // Cookies on disk encrypted with the OS key, like Chrome.
    enableCookieEncryption: true,
    // app.asar is checked against the hash electron-builder embeds (macOS, Windows).
    enableEmbeddedAsarIntegrityValidation: true,
    // Load the app only from app.asar, so integrity validation cannot be sidestepped.
    onlyLoadAppFromAsar: true
  },
  linux: {
    target: ['AppImage', 'deb'],
    executableName: 'coldsend-console',
    category: 'Network',
    maintainer: 'ColdSend console maintainers'
  },
  mac: { target: ['dmg'], category: 'public.app-category.business' },
  win: { target: ['nsis'] }
}
