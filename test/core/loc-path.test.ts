import { describe, expect, it } from 'vitest'
import { formShowsPath, locToPath } from '../../src/shared/loc-path'

describe('locToPath', () => {
  it('drops the body root for flat fields', () => {
    expect(locToPath(['body', 'name'])).toEqual({ path: 'name', where: 'field' })
    expect(locToPath(['body', 'daily_limit_per_inbox'])).toEqual({ path: 'daily_limit_per_inbox', where: 'field' })
  })

  it('keeps array indices in nested paths', () => {
    expect(locToPath(['body', 'variants', 1, 'email_content'])).toEqual({ path: 'variants.1.email_content', where: 'field' })
    expect(locToPath(['body', 'sequences', 0, 'variants', 2, 'subject_template'])).toEqual({ path: 'sequences.0.variants.2.subject_template', where: 'field' })
    expect(locToPath(['body', 'variants', 0, 'distribution_percent'])).toEqual({ path: 'variants.0.distribution_percent', where: 'field' })
  })

  it('sends query, path, header and cookie locations to a banner that still names the parameter', () => {
    expect(locToPath(['query', 'limit'])).toEqual({ path: 'limit', where: 'banner' })
    expect(locToPath(['path', 'campaign_id'])).toEqual({ path: 'campaign_id', where: 'banner' })
    expect(locToPath(['header', 'x-api-key'])).toEqual({ path: 'x-api-key', where: 'banner' })
    expect(locToPath(['cookie', 'session'])).toEqual({ path: 'session', where: 'banner' })
  })

  it('puts Pydantic v1 `__root__` (cross-field) errors on the parent', () => {
    expect(locToPath(['body', '__root__'])).toEqual({ path: '', where: 'banner' })
    expect(locToPath(['body', 'variants', 1, '__root__'])).toEqual({ path: 'variants.1', where: 'field' })
  })

  it('treats a bare body, an empty loc or an unknown root as a banner', () => {
    expect(locToPath(['body'])).toEqual({ path: '', where: 'banner' })
    expect(locToPath([])).toEqual({ path: '', where: 'banner' })
    expect(locToPath(['body', 0])).toEqual({ path: '0', where: 'field' })
    expect(locToPath(['weird', 'x'])).toEqual({ path: 'weird.x', where: 'banner' })
  })

  it('maps unknown fields to a path no form shows, so the banner names them', () => {
    const target = locToPath(['body', 'not_a_field_any_form_has'])
    expect(target).toEqual({ path: 'not_a_field_any_form_has', where: 'field' })
    expect(formShowsPath(['name', 'daily_limit_per_inbox'], target.path)).toBe(false)
    expect(formShowsPath(['name', 'variants.1.email_content'], locToPath(['body', 'variants', 1, 'email_content']).path)).toBe(true)
  })
})
