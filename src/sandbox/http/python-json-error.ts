/** Python's `json.JSONDecodeError` fields, which FastAPI puts in the 422 `ctx`. */
export interface PythonJsonError {
  msg: string
  pos: number
  lineno: number
  colno: number
}

// V8's JSON.parse messages → the message Python's json module gives for the same mistake.
const TRANSLATIONS: Array<[RegExp, string]> = [
  [/non-whitespace character after JSON/, 'Extra data'],
  [/property name/, 'Expecting property name enclosed in double quotes'],
  [/Expected ',' or/, "Expecting ',' delimiter"],
  [/Expected ':'/, "Expecting ':' delimiter"],
  [/Unterminated string/, 'Unterminated string starting at'],
  [/Bad control character/, 'Invalid control character at'],
  [/Bad (escaped character|Unicode escape)/, 'Invalid \\escape']
]

/**
 * Approximates what Python's json.loads would report for `text`, given V8's error message: the
 * message family and, where V8 names one, the position; otherwise "Expecting value" where the
 * first offending value starts.
 */
export function pythonJsonError(text: string, v8Message: string): PythonJsonError {
  const firstNonSpace = text.search(/\S/)
  const at = /at position (\d+)/.exec(v8Message)
  let pos = at ? Number(at[1]) : firstNonSpace === -1 ? text.length : firstNonSpace
  let msg = 'Expecting value'
  if (/Unexpected end of JSON input/.test(v8Message)) pos = text.length
  else if (at) msg = TRANSLATIONS.find(([re]) => re.test(v8Message))?.[1] ?? msg
  const lineStart = pos === 0 ? -1 : text.lastIndexOf('\n', pos - 1)
  return { msg, pos, lineno: text.slice(0, pos).split('\n').length, colno: pos - lineStart }
}
