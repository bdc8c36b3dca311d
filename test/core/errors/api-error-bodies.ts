// The error bodies of coldsend-api.md (§1.2, §1.4, §3.3, §3.6, §3.7), copied verbatim as the
// text the server sends, so each test parses exactly what ColdSend (or the sandbox) would answer.

/** §3.3: the three documented 422 bodies. */
export const DOC_422_MIN_LENGTH = `{
  "detail": [
    {
      "loc": ["body", "name"],
      "msg": "ensure this value has at least 8 characters",
      "type": "value_error.any_str.min_length"
    }
  ]
}`
export const DOC_422_FIELD_REQUIRED = `{
  "detail": [
    {
      "loc": ["body", "name"],
      "msg": "field required",
      "type": "value_error.missing"
    }
  ]
}`
export const DOC_422_NOT_LE = `{
  "detail": [
    {
      "loc": ["body", "daily_limit_per_inbox"],
      "msg": "ensure this value is less than or equal to 100",
      "type": "value_error.number.not_le"
    }
  ]
}`

/** §1.2: the 401 bodies (G2 missing, G1 missing, invalid/revoked). */
export const DOC_401_MISSING_G2 = `{"detail": "API key required. Include your API key in X-API-Key header."}`
export const DOC_401_MISSING_G1 = `{"detail": "API key required"}`
export const DOC_401_INVALID = `{"detail": "Invalid or revoked API key"}`

/** §1.2: the 403 bodies (G1; G2 auth/scopes pages; G2 errors page with `error`). */
export const DOC_403_G1 = `{"detail": "Missing API key scopes: campaigns:write"}`
export const DOC_403_G2 = `{
    "detail": "Missing required scopes: campaigns:write",
    "required": ["campaigns:write"],
    "granted": ["sender_accounts:read"]
  }`
export const DOC_403_G2_ERRORS_PAGE = `{
    "detail": "Missing required scopes: campaigns:write",
    "error": "insufficient_scopes",
    "required": ["campaigns:write"],
    "granted": ["sender_accounts:read"]
  }`

/** §1.4 / §3.6: the 429 body. */
export const DOC_429 = `{"detail": "Rate limit exceeded. Retry after 60 seconds."}`

/** §3.7: proposed wording for the undocumented bodies, one per line as in the doc. */
export const DOC_CAMPAIGN_NOT_FOUND = `{"detail": "Campaign not found"}`
export const DOC_NOT_MODIFIABLE = `{"detail": "Campaign cannot be modified while ACTIVE. Pause the campaign first."}`
export const DOC_LAUNCH_MISSING = `{"detail": "Campaign is not ready to launch. Missing requirements: leads, inboxes"}`
export const DOC_DISTRIBUTION = `{"detail": "Variant distribution percentages must sum to 100 (got 90)"}`
export const DOC_SENDER_EXISTS = `{"detail": "Sender account with email outreach@company.com already exists"}`
export const DOC_SMTP_FAILED = `{"detail": "SMTP connection failed: authentication failed"}`
export const DOC_INBOX_IN_USE = `{"detail": "Sender account is in use by 2 campaign(s) and cannot be deleted"}`
export const DOC_DELETE_CAMPAIGN = `{"detail": "Only DRAFT or PAUSED campaigns can be deleted"}`
export const DOC_DELETE_LEAD = `{"detail": "Only PENDING leads can be deleted"}`

/** The body text as the API client hands it over: parsed JSON. */
export const json = (text: string): unknown => JSON.parse(text) as unknown
