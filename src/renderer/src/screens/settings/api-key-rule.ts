const KEY_SHAPE = /^cs_live_[A-Za-z0-9_-]{20,200}$/

/**
 * Client-side API key rule, shown on the field before anything is sent: ColdSend keys are `cs_live_`
 * plus a long random part. Never echoes the typed value (it may be a secret pasted by mistake).
 */
export function apiKeyProblem(raw: string): string | null {
  const key = raw.trim()
  if (KEY_SHAPE.test(key)) return null
  if (!key.startsWith('cs_live_')) return 'This is not a ColdSend API key: keys start with cs_live_. Copy it again from ColdSend → Settings → API Keys.'
  if (/\s/.test(key)) return 'The key contains spaces or line breaks; copy it again as one piece.'
  return 'The key is incomplete or has characters a ColdSend key never has (only letters, digits, _ and - after cs_live_, at least 20 of them).'
}
