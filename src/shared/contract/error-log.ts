import { z } from 'zod'

/** Field limits of an error-log record; the core clamps to these before writing so every line it writes parses. */
export const ERROR_LOG_LIMITS = {
  id: 100,
  profile: 200,
  operation: 100,
  path: 500,
  kind: 50,
  message: 2000,
  detail: 4000,
  issues: 200,
  locParts: 20,
  locPart: 200,
  issuePath: 500,
  issueMsg: 2000,
  requestId: 200,
  guidance: 100,
  extraKey: 100,
  /** Serialized size of `extra`; larger values are replaced by a marker so one line stays a few KB. */
  extraBytes: 8192
} as const

/** HTTP methods a logged operation may have used. */
export const ERROR_LOG_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const

/** One field problem as the log keeps it: server `loc`, the mapped form path, the message. */
export const ErrorLogIssueSchema = z.strictObject({
  loc: z.array(z.union([z.string().max(ERROR_LOG_LIMITS.locPart), z.number().int()])).max(ERROR_LOG_LIMITS.locParts),
  path: z.string().max(ERROR_LOG_LIMITS.issuePath),
  msg: z.string().max(ERROR_LOG_LIMITS.issueMsg)
})
export type ErrorLogIssue = z.infer<typeof ErrorLogIssueSchema>

/**
 * One failed operation as stored (one JSONL line), exported, imported and shown in the viewer.
 * Strict: it is the allow-list of what a log line may hold, and it is what imports are checked against.
 */
export const ErrorLogRecordSchema = z.strictObject({
  v: z.literal(1),
  id: z.string().min(1).max(ERROR_LOG_LIMITS.id),
  time: z.iso.datetime(),
  profileId: z.string().max(ERROR_LOG_LIMITS.profile).optional(),
  profileName: z.string().max(ERROR_LOG_LIMITS.profile).optional(),
  operation: z.string().min(1).max(ERROR_LOG_LIMITS.operation),
  method: z.enum(ERROR_LOG_METHODS).optional(),
  path: z.string().max(ERROR_LOG_LIMITS.path).optional(),
  status: z.number().int().min(0).max(999).optional(),
  kind: z.string().min(1).max(ERROR_LOG_LIMITS.kind),
  message: z.string().max(ERROR_LOG_LIMITS.message),
  detail: z.string().max(ERROR_LOG_LIMITS.detail).optional(),
  issues: z.array(ErrorLogIssueSchema).max(ERROR_LOG_LIMITS.issues).optional(),
  requestId: z.string().max(ERROR_LOG_LIMITS.requestId).optional(),
  durationMs: z.number().min(0).max(1e9).optional(),
  attempts: z.number().int().min(0).max(1000).optional(),
  guidance: z.string().max(ERROR_LOG_LIMITS.guidance).optional(),
  extra: z.record(z.string().max(ERROR_LOG_LIMITS.extraKey), z.unknown()).optional()
})
export type ErrorLogRecord = z.infer<typeof ErrorLogRecordSchema>

const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1).max(50)])

/** Filters shared by query and export; every given filter must match (AND), a list matches any of its values. */
const filterShape = {
  /** Which records: the local durable log, or the read-only view of the last imported file. */
  source: z.enum(['local', 'imported']).default('local'),
  /** Inclusive time range (ISO instants). */
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
  status: oneOrMany(z.number().int().min(0).max(999)).optional(),
  /** Status classes: `4xx`, `5xx`, or `none` (no HTTP answer: network, timeout, local). */
  statusClass: oneOrMany(z.enum(['4xx', '5xx', 'none'])).optional(),
  kind: oneOrMany(z.string().min(1).max(ERROR_LOG_LIMITS.kind)).optional(),
  operation: oneOrMany(z.string().min(1).max(ERROR_LOG_LIMITS.operation)).optional(),
  profileId: oneOrMany(z.string().min(1).max(ERROR_LOG_LIMITS.profile)).optional(),
  /** Only the records of one group (`ErrorLogGroup.fingerprint`). */
  fingerprint: z.string().min(1).max(300).optional(),
  /** Case-insensitive substring over message, detail, issues, operation, path, profile name and request id. */
  text: z.string().trim().max(200).optional()
}

/** The filter part of a query or export, usable on its own by the core. */
export const ErrorLogFilterSchema = z.strictObject(filterShape)
export type ErrorLogFilter = z.input<typeof ErrorLogFilterSchema>

/** `errorLog.query` input: filters plus paging (cursor from the previous page, or a plain offset). */
export const ErrorLogQueryInputSchema = z.strictObject({
  ...filterShape,
  limit: z.number().int().min(1).max(500).default(50),
  cursor: z.string().max(300).optional(),
  offset: z.number().int().min(0).max(10_000_000).optional()
})
export type ErrorLogQueryInput = z.input<typeof ErrorLogQueryInputSchema>

/** `errorLog.query` output: one page, newest first, with the total number of matches. */
export const ErrorLogPageSchema = z.strictObject({
  records: z.array(ErrorLogRecordSchema).max(500),
  total: z.number().int().min(0),
  /** Pass back as `cursor` for the next (older) page; null on the last page. */
  nextCursor: z.string().max(300).nullable(),
  /** Damaged or torn lines skipped while reading (never fatal). */
  skippedLines: z.number().int().min(0),
  /** Files set aside because nothing in them could be read (names only). */
  quarantinedFiles: z.array(z.string().max(300)).max(50)
})
export type ErrorLogPage = z.infer<typeof ErrorLogPageSchema>

/** `errorLog.export` input: the same filters as a query, without paging. */
export const ErrorLogExportInputSchema = ErrorLogFilterSchema
export type ErrorLogExportInput = z.input<typeof ErrorLogExportInputSchema>

/**
 * Largest exported or imported log, in bytes: the whole local log by default (10 files of 5 MiB, about
 * 120,000 records), and no more than the browser bridge's binary frame carries (the 50 MB CSV cap).
 */
export const MAX_LOG_TRANSFER_BYTES = 50 * 1024 * 1024

/** The transfer cap as operators read it ("50 MB"). */
export const MAX_LOG_TRANSFER_TEXT = '50 MB'

/**
 * `errorLog.export` output: matching records as JSONL text, oldest first, redacted again on the way
 * out; when they pass the transfer cap the newest that fit are kept and `omitted` counts the older rest.
 */
export const ErrorLogExportSchema = z.strictObject({
  text: z.string().max(MAX_LOG_TRANSFER_BYTES),
  count: z.number().int().min(0),
  omitted: z.number().int().min(0)
})
export type ErrorLogExport = z.infer<typeof ErrorLogExportSchema>

/**
 * `errorLog.import` input: a JSONL file (someone else's export, or an old one) as its bytes — which
 * browser mode sends as a binary frame, so a 30 MB log is not refused by the 1 MB JSON message cap —
 * or, for callers that already hold it, as text.
 */
export const ErrorLogImportInputSchema = z
  .strictObject({
    bytes: z
      .instanceof(Uint8Array, { message: 'The log file must be sent as bytes.' })
      .refine((b) => b.length <= MAX_LOG_TRANSFER_BYTES, { message: `The log file is larger than ${MAX_LOG_TRANSFER_TEXT}.` })
      .optional(),
    text: z.string().max(MAX_LOG_TRANSFER_BYTES).optional()
  })
  .refine((input) => (input.bytes === undefined) !== (input.text === undefined), { message: 'Send the log file as bytes or as text, not both.' })
export type ErrorLogImportInput = z.input<typeof ErrorLogImportInputSchema>

/** `errorLog.import` output: how many records now make up the imported view and how many lines were refused. */
export const ErrorLogImportResultSchema = z.strictObject({
  imported: z.number().int().min(0),
  skipped: z.number().int().min(0)
})
export type ErrorLogImportResult = z.infer<typeof ErrorLogImportResultSchema>

/** `errorLog.get` input: one record by id, from the local log or the imported view. */
export const ErrorLogGetInputSchema = z.strictObject({
  id: z.string().min(1).max(ERROR_LOG_LIMITS.id),
  source: z.enum(['local', 'imported']).default('local')
})
export type ErrorLogGetInput = z.input<typeof ErrorLogGetInputSchema>

/** `errorLog.groups` input: the query filters, paging over groups, and how many sparkline buckets. */
export const ErrorLogGroupsInputSchema = z.strictObject({
  ...filterShape,
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).max(10_000_000).default(0),
  buckets: z.number().int().min(4).max(60).default(24)
})
export type ErrorLogGroupsInput = z.input<typeof ErrorLogGroupsInputSchema>

/**
 * One issue row, like an error tracker's: every record with the same fingerprint (operation + kind +
 * code/status, or the normalised detail) folded together with its counts, span, profiles and a sparkline.
 */
export const ErrorLogGroupSchema = z.strictObject({
  fingerprint: z.string().min(1).max(300),
  operation: z.string().max(ERROR_LOG_LIMITS.operation),
  kind: z.string().max(ERROR_LOG_LIMITS.kind),
  status: z.number().int().min(0).max(999).optional(),
  /** The normalised short detail shared by the group (ids, numbers and emails replaced). */
  title: z.string().max(300),
  count: z.number().int().min(1),
  firstSeen: z.iso.datetime(),
  lastSeen: z.iso.datetime(),
  /** Profile names (or ids) affected, at most 20. */
  profiles: z.array(z.string().max(ERROR_LOG_LIMITS.profile)).max(20),
  /** Occurrences per equal time slice of the page's `range`, oldest first. */
  buckets: z.array(z.number().int().min(0)).max(60),
  /** The newest record of the group (to open it). */
  latestId: z.string().max(ERROR_LOG_LIMITS.id)
})
export type ErrorLogGroup = z.infer<typeof ErrorLogGroupSchema>

/** `errorLog.groups` output: a page of groups (most recently seen first), totals, and counts per kind. */
export const ErrorLogGroupsSchema = z.strictObject({
  groups: z.array(ErrorLogGroupSchema).max(500),
  totalGroups: z.number().int().min(0),
  totalRecords: z.number().int().min(0),
  /** Matching records per kind (the whole filter, not just this page). */
  kinds: z.record(z.string().max(ERROR_LOG_LIMITS.kind), z.number().int().min(0)),
  /** The time span the sparkline buckets divide (null bounds when nothing matched). */
  range: z.strictObject({ from: z.iso.datetime().nullable(), to: z.iso.datetime().nullable() }),
  skippedLines: z.number().int().min(0),
  quarantinedFiles: z.array(z.string().max(300)).max(50)
})
export type ErrorLogGroups = z.infer<typeof ErrorLogGroupsSchema>

/** `errorLog.info` output: how big the local log is and the caps that bound it (shown in Settings). */
export const ErrorLogInfoSchema = z.strictObject({
  records: z.number().int().min(0),
  bytes: z.number().int().min(0),
  files: z.number().int().min(0),
  maxFiles: z.number().int().min(1),
  maxFileBytes: z.number().int().min(1),
  oldest: z.iso.datetime().nullable(),
  /** Records in the imported (read-only) view. */
  imported: z.number().int().min(0)
})
export type ErrorLogInfo = z.infer<typeof ErrorLogInfoSchema>

/** `errorLog.clear` input: which records to forget (the local log, or the imported view). */
export const ErrorLogClearInputSchema = z.strictObject({ source: z.enum(['local', 'imported']).default('local') })
/** `errorLog.clear` output: how many records were removed. */
export const ErrorLogClearedSchema = z.strictObject({ cleared: z.number().int().min(0) })
