// A stand-in for Electron's safeStorage: reversible XOR "encryption" with a Chromium-like prefix,
// so tests can check that only ciphertext is stored. Records every call.

const PREFIX = Buffer.from('v10')

function scramble(bytes) {
  return Buffer.from(bytes.map((b) => b ^ 0xa5))
}

/**
 * @param {{ backend?: string, available?: boolean, asyncApi?: boolean, asyncAvailable?: boolean, failEncrypt?: boolean }} [options]
 */
export function createFakeSafeStorage(options = {}) {
  const backend = options.backend ?? 'gnome_libsecret'
  const state = { plainTextAllowed: false, calls: [] }
  const syncAvailable = () =>
    backend === 'basic_text' ? state.plainTextAllowed : (options.available ?? true)
  const encrypt = (plain) => {
    if (options.failEncrypt || !syncAvailable()) throw new Error(`Error while encrypting the text provided: ${plain}`)
    return Buffer.concat([PREFIX, scramble(Buffer.from(plain, 'utf8'))])
  }
  const decrypt = (data) => {
    if (!Buffer.isBuffer(data) || !data.subarray(0, 3).equals(PREFIX)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')
    return scramble(data.subarray(3)).toString('utf8')
  }
  const storage = {
    state,
    isEncryptionAvailable() {
      state.calls.push('isEncryptionAvailable')
      return syncAvailable()
    },
    encryptString(plain) {
      state.calls.push('encryptString')
      return encrypt(plain)
    },
    decryptString(data) {
      state.calls.push('decryptString')
      return decrypt(data)
    },
    getSelectedStorageBackend() {
      state.calls.push('getSelectedStorageBackend')
      return backend
    },
    setUsePlainTextEncryption(value) {
      state.calls.push(`setUsePlainTextEncryption:${value}`)
      state.plainTextAllowed = value === true
    }
  }
  if (options.asyncApi) {
    Object.assign(storage, {
      async isAsyncEncryptionAvailable() {
        state.calls.push('isAsyncEncryptionAvailable')
        return options.asyncAvailable ?? syncAvailable()
      },
      async encryptStringAsync(plain) {
        state.calls.push('encryptStringAsync')
        return encrypt(plain)
      },
      async decryptStringAsync(data) {
        state.calls.push('decryptStringAsync')
        return { result: decrypt(data), shouldReEncrypt: false }
      }
    })
  }
  return storage
}
