// @vitest-environment jsdom
import { createElement as h } from 'react'
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { useFieldArray } from 'react-hook-form'
import { MemoryRouter } from 'react-router'
import { Field } from '../../src/renderer/src/forms/Field'
import { FormBanner } from '../../src/renderer/src/forms/FormBanner'
import { FormSection, SectionProvider } from '../../src/renderer/src/forms/form-sections'
import { routeIssues } from '../../src/renderer/src/forms/route-issues'
import { useConsoleForm, type ConsoleForm } from '../../src/renderer/src/forms/use-console-form'
import type { AppError } from '../../src/shared/contract/app-error'
import { errorBase } from './helpers/fixtures'
import { describedBy } from './helpers/render'

afterEach(cleanup)

interface Values {
  name: string
  variants: Array<{ subject: string; email_content: string }>
}
const schema: z.ZodType<Values, Values> = z.object({
  name: z.string().min(1, 'Name is required.'),
  variants: z.array(z.object({ subject: z.string(), email_content: z.string().min(10, 'Content needs at least 10 characters.') }))
})
const FIELDS = ['name', 'variants.*.subject', 'variants.*.email_content']
let api: ConsoleForm<Values> | null = null

function Variants({ form }: { form: ConsoleForm<Values> }) {
  const { fields } = useFieldArray({ control: form.form.control, name: 'variants' })
  return h(
    'div',
    null,
    fields.map((f, i) =>
      h(Field<Values>, { key: f.id, label: `Content ${i + 1}`, path: `variants.${i}.email_content`, form, children: (c) => h('textarea', { ...c, ...form.form.register(`variants.${i}.email_content`) }) })
    )
  )
}

function EditorForm() {
  const form = useConsoleForm<Values>({
    schema,
    defaultValues: { name: 'Launch', variants: [{ subject: 'A', email_content: 'Hello there, friend' }, { subject: 'B', email_content: 'Hi {{ frist_name }} again' }] },
    fields: FIELDS,
    labels: { sending_days: 'Sending days' }
  })
  api = form
  return h(
    MemoryRouter,
    null,
    h(
      SectionProvider,
      { registry: form.sections },
      h(
        'form',
        { noValidate: true, onSubmit: form.submit(() => undefined) },
        h(FormBanner<Values>, { form }),
        h(Field<Values>, { label: 'Name', path: 'name', form, children: (c) => h('input', { ...c, ...form.form.register('name') }) }),
        h(FormSection, { title: 'Email variants', holds: ['variants'], children: h(Variants, { form }) }),
        h('button', { type: 'submit' }, 'Save')
      )
    )
  )
}

const validation = (issues: Array<[string, string]>): AppError => ({
  ...errorBase,
  kind: 'validation',
  status: 422,
  guidance: 'fix-fields',
  message: 'Validation failed.',
  issues: issues.map(([path, msg]) => ({ loc: ['body', ...path.split('.')], path, msg, type: 'value_error', source: 'server' }))
})

describe('the forms layer (react-hook-form + the AppError adapter)', () => {
  it('routes issues by pattern, in display order, with unknown paths to the banner', () => {
    const routed = routeIssues(FIELDS, [
      { path: 'variants.1.email_content', msg: 'late' },
      { path: 'sending_days', msg: 'x' },
      { path: 'variants.0.subject', msg: 'early' },
      { path: 'variants.0.subject', msg: 'and more' }
    ])
    expect(routed.first).toBe('variants.0.subject')
    expect(routed.onFields.get('variants.0.subject')).toBe('early and more')
    expect(routed.banner).toEqual([{ path: 'sending_days', msg: 'x' }])
  })

  it('puts a 422 issue on a nested field inside a collapsed section: opens it, marks the field, focuses it; the rest goes to a banner naming the field', async () => {
    render(h(EditorForm))
    const section = document.querySelector('details') as HTMLDetailsElement
    expect(section.open).toBe(false)
    act(() => void api!.showError(validation([['variants.1.email_content', 'Unknown merge tag {{ frist_name }}'], ['sending_days', 'ensure this value has at least 1 items']])))
    const content = screen.getByLabelText('Content 2')
    await waitFor(() => expect(document.activeElement).toBe(content))
    expect(section.open).toBe(true)
    expect(content.getAttribute('aria-invalid')).toBe('true')
    expect(describedBy(content)[0]?.textContent).toBe('Unknown merge tag {{ frist_name }}')
    const banner = screen.getByRole('alert')
    expect(banner.textContent).toContain('Sending days: ensure this value has at least 1 items')
    expect(screen.getByLabelText('Content 1').getAttribute('aria-invalid')).toBeNull()
  })

  it('routes local schema errors the same way (section opened, first field focused) and clears them as the field is fixed', async () => {
    render(h(EditorForm))
    const content = screen.getByLabelText('Content 1')
    fireEvent.change(content, { target: { value: 'short' } })
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Save' })))
    await waitFor(() => expect(document.activeElement).toBe(content))
    expect((document.querySelector('details') as HTMLDetailsElement).open).toBe(true)
    expect(describedBy(content)[0]?.textContent).toBe('Content needs at least 10 characters.')
    fireEvent.change(content, { target: { value: 'long enough now' } })
    await waitFor(() => expect(content.getAttribute('aria-invalid')).toBeNull())
  })

  it('focuses the banner when every issue is about a field the form does not show', async () => {
    render(h(EditorForm))
    act(() => void api!.showError(validation([['query.limit', 'too big']])))
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('alert')))
    expect(screen.getByRole('alert').textContent).toContain('query.limit: too big')
  })

  it('links a server refusal’s banner to its error log record, and drops the link for local problems', async () => {
    render(h(EditorForm))
    act(() => void api!.showError({ ...validation([['query.limit', 'too big']]), logId: 'rec-77' }))
    const link = await screen.findByRole('link', { name: 'View in error log' })
    expect(link.getAttribute('href')).toBe('/errors/rec-77')
    act(() => api!.showIssues([{ path: 'query.limit', msg: 'checked here' }]))
    expect(screen.getByRole('alert').textContent).toContain('query.limit: checked here')
    expect(screen.queryByRole('link', { name: 'View in error log' })).toBeNull()
  })

  it('says a non-validation error has no field issues (the caller shows it as a notice)', () => {
    render(h(EditorForm))
    let placed = true
    act(() => void (placed = api!.showError({ ...errorBase, kind: 'server', guidance: 'retry-later', message: 'boom' })))
    expect(placed).toBe(false)
    expect(screen.queryByRole('alert')).toBeNull()
  })
})

describe('a field link (?field= in the address)', () => {
  it('opens the collapsed section holding the field and focuses it, once, when the form mounts', async () => {
    window.location.hash = '#/campaigns/c-1?field=variants.1.email_content'
    try {
      render(h(EditorForm))
      await act(async () => new Promise((r) => setTimeout(r, 10)))
      const field = screen.getByLabelText('Content 2')
      expect(document.activeElement).toBe(field)
      expect((field.closest('details') as HTMLDetailsElement).open).toBe(true)
    } finally {
      window.location.hash = ''
    }
  })

  it('ignores a field parameter that is not a plain path', async () => {
    window.location.hash = '#/x?field=%3Cimg%3E'
    try {
      render(h(EditorForm))
      await act(async () => new Promise((r) => setTimeout(r, 10)))
      expect(document.activeElement).toBe(document.body)
    } finally {
      window.location.hash = ''
    }
  })
})
