// The review report as GitHub-flavoured markdown. Every text from the plant file (and, for uniformity, from the
// catalogue) goes through `esc`, so a plant cannot add markup, HTML, images or links to the report.
import { base64Utf8 } from './diagram';
import type { ReportModel } from './model';
import { BOUNDARY_HEAD, DECISION_HEAD, decisionCells, GENERAL_MEASURE_HEAD } from './decisions';
import { htmlText, markdownInline as esc } from './safe-text';

const row = (cells: readonly string[]) => `| ${cells.map(esc).join(' | ')} |`;
const table = (head: readonly string[], rows: readonly (readonly string[])[]) =>
  [row(head), `|${head.map(() => ' --- ').join('|')}|`, ...rows.map(row)].join('\n');
// Marks from ordinary text fonts (no emoji font needed): the same as in the coverage legend.
const STATUS = { open: '✗ open', 'one-layer': '◐ one layer', 'defended-in-depth': '✓ defended in depth', 'not-exhibited': '– not exhibited' } as const;

export function renderMarkdown(r: ReportModel): string {
  const out: string[] = [`# Security review: ${esc(r.title)}`, ''];
  for (const [k, v] of r.meta) out.push(`- **${esc(k)}:** ${esc(v)}`);
  if (r.meta.length) out.push('');
  out.push('## Implementation models', '');
  if (r.models.length === 0) out.push('No implementation model found in the topology or declared.');
  for (const m of r.models) {
    const how = [m.declared ? 'declared' : '', m.inferred ? 'shown by the topology' : ''].filter(Boolean).join(', ');
    out.push(`- **Model ${m.id}**: ${esc(m.title)} (${esc(m.ja)}) — ${how}`);
  }
  out.push('', `Findings: ${r.counts.error} errors, ${r.counts.warning} warnings, ${r.counts.info} info, ${r.counts.hint} hints.`, '');
  if (r.diagram) out.push('## Diagram', '', diagram(r), '');
  out.push('## Damages and attack scenarios', '');
  if (r.damages.length === 0) out.push('The report defines no damages for these models.', '');
  for (const d of r.damages) {
    out.push(`### Damage ${d.id}: ${esc(d.title)}${d.priority ? ' (priority)' : ''} — ${STATUS[d.status]}`, '');
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
      ['Severity', 'Code', 'Element', 'Line', 'Missing', 'Planned', 'Decision', 'Message'],
      r.findings.map((f) => [f.severity, f.code, f.element, f.line === undefined ? '' : String(f.line), f.missing, f.planned, f.decision, f.message]),
    ),
  );
  if (r.findingsOmitted) out.push('', `… and ${r.findingsOmitted} more findings.`);
  if (r.decisions.length) out.push('', '## Risk decisions', '', table(DECISION_HEAD, r.decisions.map(decisionCells)));
  if (r.general?.measures.length) out.push('', '## General measures (§2.2)', '', table(GENERAL_MEASURE_HEAD, r.general.measures));
  if (r.general?.boundaries.length) out.push('', '## Boundary choices (§2.3.8)', '', table(BOUNDARY_HEAD, r.general.boundaries));
  out.push('', '## Coverage: threats × countermeasure IDs', '');
  if (r.coverage.rows.length === 0) out.push('No threats.');
  else {
    out.push(table(['Threat', 'Instances', ...r.coverage.ids.map((id) => `ID${id}`)], r.coverage.rows.map((x) => [x.threat, String(x.instances), ...x.cells])));
    out.push('', '✓ present, P planned, N/A not applicable, ✗ missing; mixed cells count instances per state.');
  }
  return out.join('\n') + '\n';
}

// One line: a line break would end the HTML block and let the rest of the value be read as Markdown.
const attr = (s: string) => htmlText(s.replace(/\r\n?|\n/g, ' '));

/** A link to the sibling SVG (GitHub, VS Code) or, with no file, the SVG inline as a data: URI (not GitHub). */
function diagram(r: ReportModel): string {
  const d = r.diagram!;
  if (d.svg === undefined) return `The diagram could not be drawn: ${esc(d.error ?? 'unknown error')}`;
  const alt = `Diagram of ${r.title}`;
  if (d.href !== undefined) {
    const href = encodeURIComponent(d.href).replace(/\(/g, '%28').replace(/\)/g, '%29');
    return `![${esc(alt)}](${href})`;
  }
  return `<img src="data:image/svg+xml;base64,${base64Utf8(d.svg)}" alt="${attr(alt)}">`;
}

export function summarise(entries: readonly string[], max = 5): string {
  return entries.length <= max ? entries.join(', ') : `${entries.slice(0, max).join(', ')} and ${entries.length - max} more`;
}
