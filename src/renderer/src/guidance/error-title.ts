import type { AppError } from '../../../shared/contract/app-error'

/** A short headline per error kind (and reason), so the operator knows at a glance what went wrong. */
export function errorTitle(error: AppError): string {
  switch (error.kind) {
    case 'validation': return 'Some values need attention'
    case 'business': return 'ColdSend refused the request'
    case 'auth': return error.reason === 'missing_key' ? 'No API key' : 'API key invalid or revoked'
    case 'forbidden': return 'The API key is missing scopes'
    case 'not_found': return error.resource ? `Not found: ${error.resource}` : 'Not found'
    case 'conflict': return 'It already exists'
    case 'rate_limited': return 'Rate limited'
    case 'server': return 'ColdSend server error'
    case 'unavailable': return 'ColdSend is temporarily unavailable'
    case 'network': return 'Cannot reach the server'
    case 'timeout': return 'The request timed out'
    case 'unknown_outcome': return 'Outcome unknown'
    case 'config':
      return error.reason === 'no_profile' ? 'No connection profile' : error.reason === 'bad_base_url' ? 'Base URL not usable' : 'Key storage problem'
    case 'internal': return 'Something went wrong in the console'
  }
}

/** True when the fix lives in Settings (keys, scopes, base URL, profiles), so a shortcut is offered. */
export function fixIsInSettings(error: AppError): boolean {
  return error.kind === 'auth' || error.kind === 'forbidden' || error.kind === 'config'
}
