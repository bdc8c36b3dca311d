// The benchmark report: one row per measurement with its value, its baseline from the same run, the
// ratio between them and the budget it is judged by — as a console table and as BENCHMARKS.md.

const fmt = (n, unit) => (n === null || n === undefined ? '—' : unit === 'KB' ? `${n.toFixed(1)} KB` : unit === '%' ? `${n.toFixed(1)} %` : unit === 'ms' ? `${n < 10 ? n.toFixed(3) : n.toFixed(1)} ms` : `${n} ${unit}`)
const ratio = (row) => (row.baseline ? `${(row.value / row.baseline).toFixed(2)}×` : '—')
const verdict = (row) => (row.ok === null || row.ok === undefined ? '' : row.ok ? 'within budget' : 'OVER budget')

/** The rows as an aligned plain-text table, with the machine on top. */
export function formatTable(rows, machine) {
  const lines = [`ColdSend console benchmarks — ${machine.date}`, `${machine.cpu}, ${machine.memory}, ${machine.os}`, machine.versions, '']
  const cells = rows.map((r) => [r.what, fmt(r.value, r.unit), r.baselineWhat ? `${fmt(r.baseline, r.unit)} (${r.baselineWhat})` : '—', ratio(r), r.budget ?? '—', verdict(r)])
  const head = ['measure', 'value', 'baseline (same run)', 'ratio', 'budget', '']
  const widths = head.map((h, i) => Math.min(i === 0 ? 70 : i === 2 ? 60 : 30, Math.max(h.length, ...cells.map((c) => c[i].length))))
  const pad = (c, i) => (c.length > widths[i] ? `${c.slice(0, widths[i] - 1)}…` : c.padEnd(widths[i]))
  lines.push(head.map(pad).join('  '), widths.map((w) => '-'.repeat(w)).join('  '))
  for (const c of cells) lines.push(c.map(pad).join('  '))
  const notes = rows.filter((r) => r.note)
  if (notes.length > 0) lines.push('', ...notes.map((r) => `- ${r.what}: ${r.note}`))
  const missed = rows.filter((r) => r.ok === false)
  if (missed.length > 0) lines.push('', 'over budget:', ...missed.map((r) => `- ${r.what}: ${r.whyOver ?? 'no explanation recorded'}`))
  lines.push('', `${rows.length} measurements in ${machine.seconds} s`)
  return lines.join('\n')
}

const md = (s) => String(s).replace(/\|/g, '\\|')

/** The rows as BENCHMARKS.md: the machine and versions, the table, the notes, and how to run it again. */
export function formatMarkdown(rows, machine) {
  const out = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (do not edit by hand; run it again). Each figure is measured beside a baseline',
    'taken in the same run on the same machine, so the ratio is what carries over to other machines; budgets are',
    'reported, not asserted (only bundle size, which is deterministic, is checked by `npm test`).',
    '',
    `- **Run:** ${machine.date} (${machine.seconds} s)`,
    `- **Machine:** ${machine.cpu}, ${machine.memory}, ${machine.os}`,
    `- **Versions:** ${machine.versions}`,
    '',
    '| measure | value | baseline (same run) | ratio | budget | verdict |',
    '|---|---|---|---|---|---|'
  ]
  for (const r of rows) out.push(`| ${md(r.what)} | ${fmt(r.value, r.unit)} | ${r.baselineWhat ? `${fmt(r.baseline, r.unit)} — ${md(r.baselineWhat)}` : '—'} | ${ratio(r)} | ${md(r.budget ?? '—')} | ${verdict(r)} |`)
  const missed = rows.filter((r) => r.ok === false)
  if (missed.length > 0) out.push('', '## Budgets missed: cause and fix', '', ...missed.map((r) => `- **${md(r.what)}:** ${r.whyOver ?? 'no explanation recorded for this row.'}`))
  const notes = rows.filter((r) => r.note)
  if (notes.length > 0) out.push('', '## Notes', '', ...notes.map((r) => `- **${md(r.what)}:** ${r.note}`))
  out.push('')
  return out.join('\n')
}
