import { z } from 'zod'
import { apiKeyProblem } from '../api-key-rule'

/** Where a profile's API key is kept; shown in Settings so the operator knows how safe it is. */
export const SecretBackendSchema = z.enum([
  'safeStorage', // Electron safeStorage with a real OS store (Keychain, DPAPI, libsecret, kwallet)
  'keyring', // OS keyring (Secret Service) through a native binding, browser mode
  'weak-file', // operator opted in: encrypted with a key kept beside the data (obfuscation only)
  'memory', // nothing on disk; lost at exit
  'environment' // from COLDSEND_API_KEY, never stored
])
export type SecretBackend = z.infer<typeof SecretBackendSchema>

/**
 * What the renderer may know about a key: never the key itself. `lost: 'memory'` says the key was
 * kept in memory only and went when the console closed (so Settings can say why there is none).
 */
export const KeyStatusSchema = z.strictObject({
  configured: z.boolean(),
  last4: z.string().max(4).nullable(),
  backend: SecretBackendSchema.nullable(),
  lost: z.enum(['memory']).optional()
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

/**
 * Profiles plus the storage status, in one read for the Settings screen. `activeId` is null when the
 * operator chose to have no active profile; `sandboxRestorable` is true when the built-in Sandbox
 * profile was removed and this console has an embedded sandbox to bring it back (`profiles.restoreSandbox`).
 */
export const ProfileListSchema = z.strictObject({
  profiles: z.array(ProfileViewSchema).max(100),
  activeId: z.string().max(100).nullable(),
  storage: SecretStorageStatusSchema,
  sandboxRestorable: z.boolean()
})
export type ProfileList = z.infer<typeof ProfileListSchema>

const nameField = z.string().trim().min(1, 'Name is required').max(100, 'Name is at most 100 characters')
const baseUrlField = z.string().trim().min(1, 'Base URL is required').max(2000)
// A key must look like a ColdSend key (cs_live_ + 20–200 of [A-Za-z0-9_-]); the message says what is wrong without echoing it.
const apiKeyField = z.string().max(500, 'This is far too long to be a ColdSend API key.').trim().superRefine((key, ctx) => {
  const problem = apiKeyProblem(key)
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem })
})

/** Shown on `apiKey` when a new profile comes with neither a key nor the explicit "add the key later". */
export const KEY_OR_LATER_MESSAGE = 'Paste a cs_live_ key, or choose to add the key later.'

/**
 * Add or edit a profile. A new profile needs `apiKey`, or `withoutKey: true` to save it without one
 * on purpose; on edit, `apiKey` omitted keeps the stored key (and `withoutKey` changes nothing).
 */
export const ProfileSaveInputSchema = z
  .strictObject({
    id: z.string().max(100).optional(),
    name: nameField,
    baseUrl: baseUrlField,
    apiKey: apiKeyField.optional(),
    withoutKey: z.literal(true).optional()
  })
  .superRefine((input, ctx) => {
    if (input.apiKey !== undefined && input.withoutKey) {
      ctx.addIssue({ code: 'custom', path: ['apiKey'], message: 'Either paste a key or choose to add it later, not both.' })
    } else if (input.id === undefined && input.apiKey === undefined && !input.withoutKey) {
      ctx.addIssue({ code: 'custom', path: ['apiKey'], message: KEY_OR_LATER_MESSAGE })
    }
  })

/** Names one profile. */
export const ProfileIdInputSchema = z.strictObject({ id: z.string().min(1).max(100) })

/**
 * Remove a profile. Removing the active one needs `nextActiveId`: the profile to use next, or null
 * for none; the core never picks one on its own. For any other profile it may be left out.
 */
export const ProfileRemoveInputSchema = z.strictObject({
  id: z.string().min(1).max(100),
  nextActiveId: z.string().min(1).max(100).nullable().optional()
})

/** Test an existing profile, or a draft not yet saved. */
export const ConnectionTestInputSchema = z.union([
  z.strictObject({ id: z.string().min(1).max(100) }),
  z.strictObject({ baseUrl: baseUrlField, apiKey: apiKeyField.optional(), id: z.string().max(100).optional() })
])

/**
 * Every "Test connection" verdict. `unreachable`: no answer from a remote host; `local_server_down`:
 * nothing answers on this computer (127.0.0.1, ::1, localhost); `not_coldsend_api`: something answered,
 * but not the ColdSend API (typically a Base URL without /api/public/v1); `server_error`: the API
 * answered the test with an error (5xx, 429, …).
 */
export const CONNECTION_TEST_STATUSES = [
  'ok',
  'missing_key',
  'invalid_key',
  'missing_scopes',
  'unreachable',
  'local_server_down',
  'not_coldsend_api',
  'server_error',
  'bad_base_url'
] as const

/**
 * Outcome of "Test connection". `missingScopes`: the console scopes the key lacks (what will not work
 * is `scopeFeature(scope)` from shared/scope-features); `uncheckedScopes`: scopes the probe could not
 * check because it was cut short (no answer, rate limit); `suggestedBaseUrl`: a corrected Base URL
 * when the one tested looks wrong (e.g. without /api/public/v1).
 */
export const ConnectionTestResultSchema = z.strictObject({
  status: z.enum(CONNECTION_TEST_STATUSES),
  message: z.string().max(2000),
  missingScopes: z.array(z.string().max(100)).max(50),
  grantedScopes: z.array(z.string().max(100)).max(50).nullable(),
  uncheckedScopes: z.array(z.string().max(100)).max(50),
  suggestedBaseUrl: z.string().max(2100).nullable(),
  checkedAt: z.string().max(40)
})
export type ConnectionTestResult = z.infer<typeof ConnectionTestResultSchema>

/** The operator's answer to the "store with weaker protection" offer. */
export const WeakerStorageInputSchema = z.strictObject({ allow: z.boolean() })
