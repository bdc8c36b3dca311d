import { z } from 'zod'

/** Where a profile's API key is kept; shown in Settings so the operator knows how safe it is. */
export const SecretBackendSchema = z.enum([
  'safeStorage', // Electron safeStorage with a real OS store (Keychain, DPAPI, libsecret, kwallet)
  'keyring', // OS keyring (Secret Service) through a native binding, browser mode
  'weak-file', // operator opted in: encrypted with a key kept beside the data (obfuscation only)
  'memory', // nothing on disk; lost at exit
  'environment' // from COLDSEND_API_KEY, never stored
])
export type SecretBackend = z.infer<typeof SecretBackendSchema>

/** What the renderer may know about a key: never the key itself. */
export const KeyStatusSchema = z.strictObject({
  configured: z.boolean(),
  last4: z.string().max(4).nullable(),
  backend: SecretBackendSchema.nullable()
})
export type KeyStatus = z.infer<typeof KeyStatusSchema>

/** A connection profile as the renderer sees it. */
export const ProfileViewSchema = z.strictObject({
  id: z.string().max(100),
  name: z.string().max(100),
  baseUrl: z.string().max(2000),
  kind: z.enum(['sandbox', 'environment', 'user']),
  key: KeyStatusSchema,
  active: z.boolean(),
  scopesSeen: z.array(z.string().max(100)).max(50)
})
export type ProfileView = z.infer<typeof ProfileViewSchema>

/** Storage status: which backend new keys go to and whether the weaker opt-in is on offer. */
export const SecretStorageStatusSchema = z.strictObject({
  backend: SecretBackendSchema,
  secure: z.boolean(),
  weakerAvailable: z.boolean(),
  weakerAllowed: z.boolean(),
  note: z.string().max(500)
})
export type SecretStorageStatus = z.infer<typeof SecretStorageStatusSchema>

/** Profiles plus the storage status, in one read for the Settings screen. */
export const ProfileListSchema = z.strictObject({
  profiles: z.array(ProfileViewSchema).max(100),
  activeId: z.string().max(100).nullable(),
  storage: SecretStorageStatusSchema
})
export type ProfileList = z.infer<typeof ProfileListSchema>

const nameField = z.string().trim().min(1, 'Name is required').max(100, 'Name is at most 100 characters')
const baseUrlField = z.string().trim().min(1, 'Base URL is required').max(2000)
const apiKeyField = z.string().trim().min(1).max(500)

/** Add or edit a profile; `apiKey` omitted on edit keeps the stored key. */
export const ProfileSaveInputSchema = z.strictObject({
  id: z.string().max(100).optional(),
  name: nameField,
  baseUrl: baseUrlField,
  apiKey: apiKeyField.optional()
})

/** Names one profile. */
export const ProfileIdInputSchema = z.strictObject({ id: z.string().min(1).max(100) })

/** Test an existing profile, or a draft not yet saved. */
export const ConnectionTestInputSchema = z.union([
  z.strictObject({ id: z.string().min(1).max(100) }),
  z.strictObject({ baseUrl: baseUrlField, apiKey: apiKeyField.optional(), id: z.string().max(100).optional() })
])

/** Outcome of "Test connection", one status per case the issue names. */
export const ConnectionTestResultSchema = z.strictObject({
  status: z.enum(['ok', 'missing_key', 'invalid_key', 'missing_scopes', 'unreachable', 'bad_base_url']),
  message: z.string().max(2000),
  missingScopes: z.array(z.string().max(100)).max(50),
  grantedScopes: z.array(z.string().max(100)).max(50).nullable(),
  checkedAt: z.string().max(40)
})
export type ConnectionTestResult = z.infer<typeof ConnectionTestResultSchema>

/** The operator's answer to the "store with weaker protection" offer. */
export const WeakerStorageInputSchema = z.strictObject({ allow: z.boolean() })
