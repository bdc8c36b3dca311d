// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { analyzeTemplate, renderTemplate } from '../../src/renderer/src/screens/campaign/preview/template-analysis'
import { classifyOutput } from '../../src/renderer/src/screens/campaign/preview/coldsend-syntax'
import { formatMomentDate } from '../../src/renderer/src/screens/campaign/preview/computed-values'
import { templateWarnings, unknownMergeFields } from '../../src/renderer/src/screens/campaign/preview/merge-field-check'
import { closestMatch, editDistance } from '../../src/renderer/src/screens/campaign/preview/edit-distance'

// Wednesday 2 December 2026, 14:00 in New York.
const NOW = new Date('2026-12-02T19:00:00Z')
const NY = { timeZone: 'America/New_York' }
const lead = { email: 'ada@example.com', first_name: 'Ada', last_name: 'Lovelace', company: 'Analytical Engines', job_title: 'CTO', city: 'London' }
const render = (src: string, data: Record<string, unknown> = lead, options: { spinChoice?: number } = {}) => {
  const result = renderTemplate(src, data, NOW, { ...NY, ...options })
  if (!result.ok) throw new Error(`render failed: ${result.error.message}`)
  return result.text
}
const kind = (inner: string) => classifyOutput(inner).kind

describe('spintax or Liquid filter?', () => {
  it('reads a known filter, with or without arguments, as Liquid', () => {
    expect(kind(' first_name | default: "there" ')).toBe('liquid')
    expect(kind('first_name|default:"there"')).toBe('liquid')
    expect(kind(' company | upcase ')).toBe('liquid')
    expect(kind(' company | downcase | truncate: 10, "…" ')).toBe('liquid')
    expect(kind(' lead.city | default: "your city" ')).toBe('liquid')
    expect(kind(' "hello" | capitalize ')).toBe('liquid')
  })

  it('does not split a filter argument that contains a pipe', () => {
    expect(kind(' first_name | default: "a|b" ')).toBe('liquid')
    expect(render('{{ nickname | default: "you|me" }}')).toBe('you|me')
  })

  it('reads words that are not filters as spintax', () => {
    expect(kind('Hi|Hello|Hey')).toBe('spintax')
    expect(kind('Hi | Hello')).toBe('spintax')
    expect(kind('first_name|there')).toBe('spintax')
    expect(kind("Hey, it's me|Hello there")).toBe('spintax')
    // A filter name after a phrase is still spintax: "Hello there" is not a Liquid value.
    expect(kind('Hello there|size')).toBe('spintax')
    // An option with a colon but not Liquid arguments.
    expect(kind('Hi|Quick question: are you free?')).toBe('spintax')
  })

  it('reads options holding merge fields as spintax', () => {
    expect(kind('Hi {{first_name}}|Hello {{ first_name | default: "there" }}')).toBe('spintax')
  })

  it('treats a misspelt filter with arguments as Liquid so the typo is reported, not sent', () => {
    expect(kind(' first_name | defualt: "there" ')).toBe('liquid')
    const result = analyzeTemplate('Hi {{ first_name | defualt: "there" }}')
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/undefined filter: defualt/), line: 1, col: 4 } })
  })

  it('knows a pipe-less output is plain Liquid (quoted pipes too) and a lone option is not spintax', () => {
    expect(kind(' first_name ')).toBe('liquid')
    expect(kind('Hi')).toBe('liquid')
    expect(kind(' "a|b" ')).toBe('liquid')
  })

  it('by the rule, reads an unknown filter name without arguments as spintax (documented ambiguity)', () => {
    // `{{ first_name | upcse }}` is not distinguishable from `{{Yes | No}}`; the preview shows it as
    // spintax with two options, which makes the slip visible.
    expect(kind(' first_name | upcse ')).toBe('spintax')
    expect(analyzeTemplate('{{ first_name | upcse }}')).toMatchObject({ ok: true, spintaxOptionCounts: [2] })
  })
})

describe('analysing a template', () => {
  it('lists merge fields, not loop or assign locals, spintax options included', () => {
    const source = [
      '{% assign greeting = "Hi" %}{{ greeting }} {{ first_name | default: "there" }},',
      '{% if company contains "Inc" and job_title != empty %}{{ company }}{% endif %}',
      '{% unless city == blank %}{{ city }}{% endunless %}{% for t in tags %}{{ t }}{% endfor %}',
      '{{See you soon|Talk soon, {{ sender_name }}}}'
    ].join('\n')
    expect(analyzeTemplate(source)).toEqual({ ok: true, mergeFields: ['city', 'company', 'first_name', 'job_title', 'sender_name', 'tags'], spintaxOptionCounts: [2] })
  })

  it('gives the line and column of a syntax error in what the user typed', () => {
    expect(analyzeTemplate('Hello\n{% if first_name %}\nno end')).toMatchObject({ ok: false, error: { line: 2, col: 1, message: expect.stringMatching(/not closed/) } })
    expect(analyzeTemplate('Hi\n  {{ first_name ')).toMatchObject({ ok: false, error: { line: 2, col: 3 } })
    expect(analyzeTemplate('{% nope %}')).toMatchObject({ ok: false, error: { line: 1, col: 1, message: expect.stringMatching(/nope/) } })
  })

  it('keeps error positions exact after spintax and dn_date rewrites, on the same line and inside options', () => {
    // The rewrite makes the line longer; the column must still be the user's.
    expect(analyzeTemplate('{{Hi|Hello}} {{dn_date 2 days from now dddd}} {{ x | nope: 1 }}')).toMatchObject({ ok: false, error: { line: 1, col: 47 } })
    expect(analyzeTemplate('Line one\n{{Hi|Hello {{ first_name | nope: 2 }}}}')).toMatchObject({ ok: false, error: { line: 2, col: 12 } })
  })

  it('reports a malformed dn_date where it is', () => {
    expect(analyzeTemplate('On\n  {{dn_date}}')).toMatchObject({ ok: false, error: { line: 2, col: 3, message: expect.stringMatching(/dn_date N days from now/) } })
  })

  it('refuses include / render / layout (there are no other templates)', () => {
    expect(analyzeTemplate("Hi\n{% include 'signature' %}")).toMatchObject({ ok: false, error: { line: 2, col: 1, message: expect.stringMatching(/include/) } })
    expect(analyzeTemplate("{% render 'x' %}").ok).toBe(false)
  })

  it('leaves raw and comment blocks alone', () => {
    expect(render('{% raw %}{{a|b}}{% endraw %}')).toBe('{{a|b}}')
    expect(render('x{% comment %}{{a|b}}{% endcomment %}y')).toBe('xy')
  })
})

describe('rendering for a lead', () => {
  it('fills standard and custom fields, with fallbacks and conditions', () => {
    expect(render('Hi {{ first_name | default: "there" }} from {{ city }}')).toBe('Hi Ada from London')
    expect(render('Hi {{ first_name | default: "there" }}', { first_name: '' })).toBe('Hi there')
    expect(render('{% if company contains "Engines" %}yes{% else %}no{% endif %}')).toBe('yes')
    expect(render('{% unless job_title %}none{% endunless %}', { job_title: null })).toBe('none')
  })

  it('keeps line breaks and does not escape (the output is text)', () => {
    expect(render('A\n{{ company }}\n\nB', { company: '<b>&</b>' })).toBe('A\n<b>&</b>\n\nB')
  })

  it('shows the first spintax option, or the one chosen (wrapping round), with merge fields inside', () => {
    const src = '{{Hi {{first_name}}|Hello {{ last_name }}|Hey}}!'
    expect(render(src)).toBe('Hi Ada!')
    expect(render(src, lead, { spinChoice: 1 })).toBe('Hello Lovelace!')
    expect(render(src, lead, { spinChoice: 2 })).toBe('Hey!')
    expect(render(src, lead, { spinChoice: 3 })).toBe('Hi Ada!')
    expect(render('{{a|{{b|c}}}}', {}, { spinChoice: 1 })).toBe('c')
  })

  it('fills computed fields and dn_date from the clock in the given zone', () => {
    expect(render('Good {{dn_time_of_day}} — happy {{ dn_day_of_week }} / {{dn_day_name}}')).toBe('Good afternoon — happy Wednesday / Wednesday')
    expect(render('How about {{dn_date 2 days from now dddd, MMMM Do}}?')).toBe('How about Friday, December 4th?')
    expect(render('{{dn_date 30 days from now YYYY-MM-DD [is a] ddd}}')).toBe('2027-01-01 is a Fri')
    expect(render('{{dn_date 1 day from now}}')).toBe('Thursday, December 3rd')
    const tokyo = renderTemplate('{{dn_day_name}} {{dn_time_of_day}}', {}, NOW, { timeZone: 'Asia/Tokyo' })
    expect(tokyo).toEqual({ ok: true, text: 'Thursday morning' })
  })

  it('reads only own properties of the data', () => {
    expect(render('[{{ first_name.constructor }}][{{ toString }}]', { first_name: 'Ada' })).toBe('[][]')
  })

  it('formats moment tokens', () => {
    const date = { year: 2026, month: 3, day: 1, isoWeekday: 7 }
    expect(formatMomentDate(date, 'dddd, MMMM Do YYYY')).toBe('Sunday, March 1st 2026')
    expect(formatMomentDate(date, 'DD/MM/YY ddd MMM D M d')).toBe('01/03/26 Sun Mar 1 3 0')
    expect(formatMomentDate({ ...date, day: 12 }, 'Do')).toBe('12th')
    expect(formatMomentDate({ ...date, day: 22 }, 'Do')).toBe('22nd')
  })
})

describe('unknown merge fields', () => {
  it('knows standard and computed fields and the leads’ custom fields', () => {
    expect(unknownMergeFields(['first_name', 'email', 'job_title', 'dn_day_name', 'city', 'industry'], ['city'])).toEqual(['industry'])
  })

  it('suggests the closest field for a typo, and only when close', () => {
    expect(templateWarnings([{ path: 'variants.0.email_content', source: 'Hi {{ custom_colum }}' }], ['custom_column', 'city'])).toEqual([
      { path: 'variants.0.email_content', msg: '`{{ custom_colum }}` is not a field of any lead of this campaign — did you mean `custom_column`?' }
    ])
    expect(templateWarnings([{ path: 's', source: '{{ frist_name }}' }], [])[0]?.msg).toMatch(/did you mean `first_name`\?/)
    expect(templateWarnings([{ path: 's', source: '{{ First_Name }}' }], [])[0]?.msg).toMatch(/did you mean `first_name`\?/)
    expect(templateWarnings([{ path: 's', source: '{{ favourite_colour }}' }], ['city'])[0]?.msg).not.toMatch(/did you mean/)
  })

  it('reports syntax errors per path, and nothing for a clean template', () => {
    expect(
      templateWarnings(
        [
          { path: 'subject', source: 'Hi {{ first_name }}' },
          { path: 'body', source: 'Hi\n{{ first_name | nope: "x" }}' }
        ],
        []
      )
    ).toEqual([{ path: 'body', msg: 'Template error on line 2: undefined filter: nope (column 1)' }])
  })

  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('', 'abc')).toBe(3)
    expect(closestMatch('compny', ['company', 'city'])).toBe('company')
    expect(closestMatch('xyz', ['company'])).toBeNull()
  })
})
