/**
 * Every human-readable string the sandbox answers with, in one table, grouped by where it comes from:
 *   documented — shown verbatim in the ColdSend docs (G2 generation);
 *   framework  — what FastAPI / Starlette / Pydantic v1 themselves say (the docs show some of these,
 *                the rest were observed on a real FastAPI + Pydantic 1.10 server);
 *   invented   — the docs are silent; these are our own words. Change them here and nowhere else.
 */

// Strings the ColdSend docs show verbatim.
export const documented = {
  apiKeyRequired: 'API key required. Include your API key in X-API-Key header.',
  invalidApiKey: 'Invalid or revoked API key',
  missingScopes: (scopes: readonly string[]) => `Missing required scopes: ${scopes.join(', ')}`,
  insufficientScopesCode: 'insufficient_scopes',
  /** Documented as "Retry after 60 seconds."; the number is the real wait, 60 in the documented case. */
  rateLimited: (seconds: number) => `Rate limit exceeded. Retry after ${seconds} seconds.`,
  campaignCreated: 'Campaign created successfully'
} as const

// What the framework under the real API says on its own (FastAPI defaults and Pydantic v1 errors).
export const framework = {
  notFound: 'Not Found',
  methodNotAllowed: 'Method Not Allowed',
  internalError: 'Internal Server Error',
  bodyParseError: 'There was an error parsing the body',
  fieldRequired: 'field required',
  noneNotAllowed: 'none is not an allowed value',
  strType: 'str type expected',
  notInteger: 'value is not a valid integer',
  notBool: 'value could not be parsed to a boolean',
  notList: 'value is not a valid list',
  notDict: 'value is not a valid dict',
  notUuid: 'value is not a valid uuid',
  badDatetime: 'invalid datetime format',
  datetimeWrongType: 'invalid type; expected datetime, string, bytes, int or float',
  minLength: (n: number) => `ensure this value has at least ${n} characters`,
  maxLength: (n: number) => `ensure this value has at most ${n} characters`,
  minItems: (n: number) => `ensure this value has at least ${n} items`,
  maxItems: (n: number) => `ensure this value has at most ${n} items`,
  notGt: (n: number) => `ensure this value is greater than ${n}`,
  notGe: (n: number) => `ensure this value is greater than or equal to ${n}`,
  notLt: (n: number) => `ensure this value is less than ${n}`,
  notLe: (n: number) => `ensure this value is less than or equal to ${n}`,
  /** Python's json module: `Expecting value: line 1 column 1 (char 0)`. */
  jsonDecode: (msg: string, line: number, col: number, pos: number) =>
    `${msg}: line ${line} column ${col} (char ${pos})`
} as const

// Our own words where the docs show no body (see the API notes §3.7 for the proposals).
export const invented = {
  campaignsListed: 'Campaigns retrieved successfully',
  campaignRetrieved: 'Campaign retrieved successfully',
  campaignNotFound: 'Campaign not found',
  bodyTooLarge: 'Request body too large',
  invalidSortBy: (given: string, allowed: readonly string[]) =>
    `Invalid sort_by '${given}'. Allowed values: ${allowed.join(', ')}`,
  invalidSortOrder: (given: string) => `Invalid sort_order '${given}'. Allowed values: asc, desc`,
  unknownTimezone: (tz: string) => `Unknown timezone '${tz}'. Use an IANA name such as America/New_York`,
  windowEndBeforeStart: 'sending_window_end must be after sending_window_start',
  windowEndMinuteAt24: 'sending_window_end_minute must be 0 when sending_window_end is 24'
} as const
