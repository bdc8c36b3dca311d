// The durable error log's public surface; everything else in this folder is an implementation detail.
export { ErrorLog, type Appended, type ErrorLogOptions, type ErrorLogSyncPolicy } from './error-log'
export { inputFromAppError, type AppErrorContext, type ErrorLogInput, type ErrorLogIssueInput } from './error-log-input'
