import { describe, expect, it } from 'vitest'
import { cleanPassword } from '../../src/shared/mail-password'

describe('cleaning a pasted mailbox password', () => {
  it('takes the spaces out of a grouped 16-letter app password and says so', () => {
    const out = cleanPassword('abcd efgh ijkl mnop')
    expect(out.value).toBe('abcdefghijklmnop')
    expect(out.notes).toHaveLength(1)
    expect(out.notes.join(' ')).not.toContain('abcd')
  })

  it('trims paste accidents (newline, zero-width space) and keeps dashed app passwords whole', () => {
    expect(cleanPassword('\u200bs3cret-Pass\n')).toEqual({ value: 's3cret-Pass', notes: [expect.stringMatching(/before or after/)] })
    expect(cleanPassword('abcd-efgh-ijkl-mnop')).toEqual({ value: 'abcd-efgh-ijkl-mnop', notes: [] })
  })

  it('leaves an ordinary password alone, and flags inner spaces it will not remove', () => {
    expect(cleanPassword('Tr0ub4dor&3')).toEqual({ value: 'Tr0ub4dor&3', notes: [] })
    const spaced = cleanPassword('correct horse battery')
    expect(spaced.value).toBe('correct horse battery')
    expect(spaced.notes[0]).toMatch(/contains spaces/)
  })
})
