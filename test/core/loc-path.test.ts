import { describe, expect, it } from 'vitest'
import { locToPath } from '../../src/shared/loc-path'

describe('locToPath', () => {
  it('drops the body root for flat fields', () => {
    expect(locToPath(['body', 'name'])).toEqual({ path: 'name', where: 'field' })
  })
  it('keeps array indices in nested paths', () => {
    expect(locToPath(['body', 'variants', 1, 'email_content'])).toEqual({ path: 'variants.1.email_content', where: 'field' })
    expect(locToPath(['body', 'sequences', 0, 'variants', 2, 'subject_template']).path).toBe('sequences.0.variants.2.subject_template')
  })
  it('sends query and path locations to a banner that still names the parameter', () => {
    expect(locToPath(['query', 'limit'])).toEqual({ path: 'limit', where: 'banner' })
    expect(locToPath(['path', 'campaign_id'])).toEqual({ path: 'campaign_id', where: 'banner' })
  })
  it('treats a bare body or an unknown root as a banner', () => {
    expect(locToPath(['body'])).toEqual({ path: '', where: 'banner' })
    expect(locToPath(['body', 0])).toEqual({ path: '0', where: 'field' })
    expect(locToPath(['weird', 'x'])).toEqual({ path: 'weird.x', where: 'banner' })
  })
})
