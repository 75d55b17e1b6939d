// The review report as GitHub-flavoured markdown.
import type { ReportModel } from './model';

const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const row = (cells: readonly string[]) => `| ${cells.map(esc).join(' | ')} |`;
const table = (head: readonly string[], rows: readonly (readonly string[])[]) =>
  [row(head), `|${head.map(() => ' --- ').join('|')}|`, ...rows.map(row)].join('\n');
const STATUS = { open: '🔴 open', 'one-layer': '🟡 one layer', 'defended-in-depth': '🟢 defended in depth' } as const;

export function renderMarkdown(r: ReportModel): string {
  const out: string[] = [`# Security review: ${r.title}`, ''];
  for (const [k, v] of r.meta) out.push(`- **${k}:** ${v}`);
  if (r.meta.length) out.push('');
  out.push('## Implementation models', '');
  if (r.models.length === 0) out.push('No implementation model found in the topology or declared.');
  for (const m of r.models) {
    const how = [m.declared ? 'declared' : '', m.inferred ? 'shown by the topology' : ''].filter(Boolean).join(', ');
    out.push(`- **Model ${m.id}**: ${m.title} (${m.ja}) — ${how}`);
  }
  out.push('', `Findings: ${r.counts.error} errors, ${r.counts.warning} warnings, ${r.counts.info} info, ${r.counts.hint} hints.`, '');
  out.push('## Damages and attack scenarios', '');
  if (r.damages.length === 0) out.push('The report defines no damages for these models.', '');
  for (const d of r.damages) {
    out.push(`### Damage ${d.id}: ${d.title}${d.priority ? ' (priority)' : ''} — ${STATUS[d.status]}`, '');
    out.push(
      table(
        ['Scenario', 'Entry', 'Path', 'Target', 'Status'],
        d.groups.map((g) => [g.threats, summarise(g.entries), g.path.join(' → ') || '—', g.target, STATUS[g.status]]),
      ),
      '',
    );
  }
  out.push('## Findings', '');
  out.push(
    table(
      ['Severity', 'Code', 'Element', 'Line', 'Missing', 'Planned', 'Message'],
      r.findings.map((f) => [f.severity, f.code, f.element, f.line === undefined ? '' : String(f.line), f.missing, f.planned, f.message]),
    ),
  );
  if (r.findingsOmitted) out.push('', `… and ${r.findingsOmitted} more findings.`);
  out.push('', '## Coverage: threats × countermeasure IDs', '');
  if (r.coverage.rows.length === 0) out.push('No threats.');
  else {
    out.push(table(['Threat', 'Instances', ...r.coverage.ids.map((id) => `ID${id}`)], r.coverage.rows.map((x) => [x.threat, String(x.instances), ...x.cells])));
    out.push('', '✓ present, P planned, N/A not applicable, ✗ missing; mixed cells count instances per state.');
  }
  return out.join('\n') + '\n';
}

export function summarise(entries: readonly string[], max = 5): string {
  return entries.length <= max ? entries.join(', ') : `${entries.slice(0, max).join(', ')} and ${entries.length - max} more`;
}
