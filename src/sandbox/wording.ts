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
  campaignCreated: 'Campaign created successfully',
  /** The guide's example message for S1 (SMTP inbox created). */
  smtpInboxCreated: 'SMTP inbox created successfully',
  timelineRetrieved: 'Timeline retrieved successfully'
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
  /** Pydantic v1 `EmailStr` (type `value_error.email`). */
  notEmail: 'value is not a valid email address',
  /** FastAPI's `UploadFile` validator when a form part is a plain field: `received: <class 'str'>`. */
  expectedUploadFile: (pythonType: string) => `Expected UploadFile, received: ${pythonType}`,
  badDatetime: 'invalid datetime format',
  badDate: 'invalid date format',
  datetimeWrongType: 'invalid type; expected datetime, string, bytes, int or float',
  minLength: (n: number) => `ensure this value has at least ${n} characters`,
  maxLength: (n: number) => `ensure this value has at most ${n} characters`,
  minItems: (n: number) => `ensure this value has at least ${n} items`,
  maxItems: (n: number) => `ensure this value has at most ${n} items`,
  notGt: (n: number) => `ensure this value is greater than ${n}`,
  notGe: (n: number) => `ensure this value is greater than or equal to ${n}`,
  notLt: (n: number) => `ensure this value is less than ${n}`,
  notLe: (n: number) => `ensure this value is less than or equal to ${n}`,
  /** Pydantic v1 Enum field: `value is not a valid enumeration member; permitted: 'A', 'B'`. */
  notEnum: (values: readonly string[]) =>
    `value is not a valid enumeration member; permitted: ${values.map((v) => `'${v}'`).join(', ')}`,
  /** Python's json module: `Expecting value: line 1 column 1 (char 0)`. */
  jsonDecode: (msg: string, line: number, col: number, pos: number) =>
    `${msg}: line ${line} column ${col} (char ${pos})`
} as const

// Our own words where the docs show no body (see the API notes §3.7 for the proposals).
export const invented = {
  campaignsListed: 'Campaigns retrieved successfully',
  campaignRetrieved: 'Campaign retrieved successfully',
  campaignNotFound: 'Campaign not found',
  // Campaign update / launch / pause / activate / delete (C4–C7).
  campaignUpdated: 'Campaign updated successfully',
  campaignLaunched: 'Campaign launched successfully',
  campaignPaused: 'Campaign paused successfully',
  campaignActivated: 'Campaign activated successfully',
  campaignDeleted: 'Campaign deleted successfully',
  campaignNotModifiable: 'Campaign cannot be modified while ACTIVE. Pause the campaign first.',
  campaignFinished: (status: string) => `Campaign cannot be modified once it is ${status}. Create a new campaign instead.`,
  launchOnlyDraft: (status: string) =>
    `Only DRAFT campaigns can be launched (campaign is ${status}). Resume a PAUSED campaign with POST /campaigns/{campaign_id}/activate.`,
  notLaunchReady: (missing: readonly string[]) => `Campaign is not ready to launch. Missing requirements: ${missing.join(', ')}`,
  pauseNotActive: (status: string) => `Only ACTIVE campaigns can be paused (campaign is ${status})`,
  activateNotPaused: (status: string) => `Only PAUSED campaigns can be activated (campaign is ${status})`,
  deleteNotAllowed: 'Only DRAFT or PAUSED campaigns can be deleted',
  variantNameLetters: 'variant_name must contain letters only',
  variantNameRange: 'variant_name must be one of A, B, C, D',
  duplicateVariantNames: (where: string, names: readonly string[]) => `Variant names must be unique${where} (duplicated: ${names.join(', ')})`,
  distributionSum: (where: string, got: number) => `Variant distribution percentages${where} must sum to 100 (got ${got})`,
  followUpWhere: (step: number) => ` in follow-up step ${step}`,
  duplicateStepNumbers: (steps: readonly number[]) => `Follow-up step_number values must be unique (duplicated: ${steps.join(', ')})`,
  sequenceTooLong: (total: number) => `Total follow-up wait must be at most 45 days (got ${total})`,
  inboxesNotFound: (ids: readonly string[]) => `Sender account(s) not found: ${ids.join(', ')}`,
  bodyTooLarge: 'Request body too large',
  stateNotSaved: 'The sandbox could not save this change to disk, so it may not be kept; see the sandbox log',
  // Leads (L1–L7).
  leadsListed: 'Leads retrieved successfully',
  leadStatsRetrieved: 'Lead stats retrieved successfully',
  leadNotFound: 'Lead not found',
  leadDuplicate: (email: string) => `Lead with email ${email} already exists in this campaign`,
  campaignClosedForLeads: (status: string) => `Leads cannot be added to a ${status} campaign`,
  leadDeleted: 'Lead deleted successfully',
  leadsBulkDeleted: (deleted: number, requested: number) => `Deleted ${deleted} of ${requested} lead(s)`,
  leadDeleteOnlyPending: 'Only PENDING leads can be deleted',
  invalidLeadStatus: (given: string, allowed: readonly string[]) => `Invalid status '${given}'. Allowed values: ${allowed.join(', ')}`,
  leadUploadStarted: 'Lead upload started',
  uploadJobNotFound: 'Upload job not found',
  csvTooLarge: 'CSV file exceeds the 50 MB limit',
  csvTooManyRows: (rows: number) => `CSV exceeds the 10,000 lead limit per upload (got ${rows.toLocaleString('en-US')} rows)`,
  csvEmpty: 'CSV file is empty',
  csvNoRows: 'CSV file has a header row but no leads',
  csvUnreadable: (why: string) => `Could not read the CSV file: ${why}`,
  mappingNotJson: 'mapping must be a JSON string such as {"email": "Email"}',
  mappingNotObject: 'mapping must be a JSON object of lead fields to CSV column names',
  mappingBadValue: (field: string) => `mapping value for '${field}' must be a CSV column name`,
  mappingNoEmail: "mapping must include 'email' (the CSV column that holds each lead's email address)",
  mappingUnknownColumns: (columns: readonly string[]) => `mapping names column(s) not in the CSV header: ${columns.join(', ')}`,
  leadRowEmailMissing: 'email is missing',
  // Analytics (A1/A2) date ranges.
  dateRangeReversed: 'from_date must be on or before to_date',
  dateRangeTooLong: (maxDays: number) => `Date range too long: at most ${maxDays} days`,
  // Sender accounts (S0–S13). The first three are the API notes' §3.7 proposals.
  senderAccountExists: (email: string) => `Sender account with email ${email} already exists`,
  mailConnectionFailed: (protocol: 'SMTP' | 'IMAP', reason: string) => `${protocol} connection failed: ${reason}`,
  senderAccountInUse: (campaigns: readonly string[]) =>
    `Sender account is in use by ${campaigns.length} campaign(s) and cannot be deleted: ${campaigns.join(', ')}`,
  senderAccountNotFound: 'Sender account not found',
  senderAccountsListed: 'Sender accounts retrieved successfully',
  senderAccountRetrieved: 'Sender account retrieved successfully',
  senderAccountDeleted: 'Sender account deleted successfully',
  senderAccountPaused: 'Sender account paused successfully',
  senderAccountResumed: 'Sender account resumed successfully',
  pauseNotActiveInbox: (status: string) => `Only ACTIVE sender accounts can be paused (sender account is ${status})`,
  resumeNotPausedInbox: (status: string) => `Only PAUSED sender accounts can be resumed (sender account is ${status})`,
  senderHealthRetrieved: 'Sender account health retrieved successfully',
  testEmailSent: 'Test email sent successfully',
  testEmailNotActive: (status: string) => `Only ACTIVE sender accounts can send a test email (sender account is ${status})`,
  testEmailSubject: 'ColdSend test email',
  testEmailText: (from: string) => `This is a test email from ${from}, sent through its own SMTP server by the ColdSend sandbox.`,
  bulkCreateStarted: (n: number) => `Bulk SMTP inbox creation started for ${n} inbox(es)`,
  bulkDeleteStarted: (n: number) => `Bulk deletion started for ${n} sender account(s)`,
  bulkJobProgress: 'Job progress retrieved successfully',
  bulkJobNotFound: 'Bulk job not found',
  confirmDeletionRequired: 'confirm_deletion must be true to delete sender accounts',
  credentialsUnreadable: 'stored credentials cannot be decrypted (delete and re-add the sender account)',
  // Reasons after "SMTP/IMAP connection failed: " (the server's own reply may follow in parentheses).
  mailAuthFailed: 'authentication failed',
  mailLoginThrottled: 'login temporarily refused by the server',
  mailTlsRequiredForAuth: 'server requires STARTTLS before AUTH (turn on TLS)',
  mailAuthNotOffered: 'AUTH not offered by the server',
  mailNoStarttls: 'server does not offer STARTTLS',
  mailRefused: 'connection refused',
  mailHostNotFound: 'host not found',
  mailHostUnreachable: 'host unreachable',
  mailConnectTimeout: 'timed out connecting',
  mailGreetingTimeout: 'timed out waiting for the server greeting (the port may expect implicit TLS)',
  mailTlsTimeout: 'timed out during the TLS handshake',
  mailTimeout: 'timed out',
  mailTlsMismatch: 'TLS mismatch: wrong version number (the port may not use implicit TLS)',
  mailCertUntrusted: (why: string) => `certificate not trusted: ${why}`,
  mailClosed: 'connection closed unexpectedly',
  mailRecipientRejected: 'recipient rejected by the server',
  mailUnexpectedReply: 'unexpected reply from the server',
  mailCheckAbandoned: 'check abandoned: the sandbox is shutting down',
  mailUnexpected: (why: string) => `unexpected error: ${why}`,
  // Fault injection (sandbox only; the real API never says these).
  badGatewayHtml:
    '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
  oversizedMessage: 'Oversized response (sandbox fault injection)',
  faultRulesInvalid: (why: string) => `Invalid fault rules: ${why}`,
  faultControlJsonOnly: 'Send fault rules as application/json',
  faultControlLoopbackOnly: 'The fault control endpoint only answers loopback clients',
  invalidSortBy: (given: string, allowed: readonly string[]) =>
    `Invalid sort_by '${given}'. Allowed values: ${allowed.join(', ')}`,
  invalidSortOrder: (given: string) => `Invalid sort_order '${given}'. Allowed values: asc, desc`,
  unknownTimezone: (tz: string) => `Unknown timezone '${tz}'. Use an IANA name such as America/New_York`,
  windowEndBeforeStart: 'sending_window_end must be after sending_window_start',
  windowEndMinuteAt24: 'sending_window_end_minute must be 0 when sending_window_end is 24'
} as const
