// The review report as a standalone HTML page (no scripts, inline styles; safe to open anywhere).
import { inlineSvg } from './diagram';
import { summarise } from './markdown';
import type { ReportModel } from './model';
import { BOUNDARY_HEAD, DECISION_HEAD, decisionCells, GENERAL_MEASURE_HEAD } from './decisions';
import { htmlText as esc } from './safe-text';
const STATUS = { open: 'open', 'one-layer': 'one layer', 'defended-in-depth': 'defended in depth', 'not-exhibited': 'not exhibited' } as const;

function table(head: readonly string[], rows: readonly (readonly string[])[], cls = ''): string {
  const th = head.map((h) => `<th>${esc(h)}</th>`).join('');
  const trs = rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${th}</tr></thead><tbody>\n${trs}\n</tbody></table>`;
}

export function renderHtml(r: ReportModel): string {
  const body: string[] = [`<h1>Security review: ${esc(r.title)}</h1>`];
  if (r.meta.length) body.push(`<dl>${r.meta.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`);
  body.push('<h2>Implementation models</h2><ul>');
  for (const m of r.models) {
    const how = [m.declared ? 'declared' : '', m.inferred ? 'shown by the topology' : ''].filter(Boolean).join(', ');
    body.push(`<li><strong>Model ${m.id}</strong>: ${esc(m.title)} (<span lang="ja">${esc(m.ja)}</span>) — ${esc(how)}</li>`);
  }
  body.push('</ul>');
  body.push(`<p>Findings: ${r.counts.error} errors, ${r.counts.warning} warnings, ${r.counts.info} info, ${r.counts.hint} hints.</p>`);
  if (r.diagram) {
    // The SVG's text is XML-escaped by renderSvg, which keeps it inert inside HTML too.
    const d = r.diagram;
    body.push('<h2>Diagram</h2>');
    body.push(d.svg !== undefined ? `<figure class="diagram">\n${inlineSvg(d.svg)}\n</figure>` : `<p>The diagram could not be drawn: ${esc(d.error ?? 'unknown error')}</p>`);
  }
  body.push('<h2>Damages and attack scenarios</h2>');
  if (r.damages.length === 0) body.push('<p>The report defines no damages for these models.</p>');
  for (const d of r.damages) {
    body.push(`<h3 class="${d.status}">Damage ${d.id}: ${esc(d.title)}${d.priority ? ' (priority)' : ''} — ${STATUS[d.status]}</h3>`);
    body.push(table(['Scenario', 'Entry', 'Path', 'Target', 'Status'], d.groups.map((g) => [g.threats, summarise(g.entries), g.path.join(' → ') || '—', g.target, STATUS[g.status]])));
  }
  body.push('<h2>Findings</h2>');
  body.push(
    table(
      ['Severity', 'Code', 'Element', 'Line', 'Missing', 'Planned', 'Decision', 'Message'],
      r.findings.map((f) => [f.severity, f.code, f.element, f.line === undefined ? '' : String(f.line), f.missing, f.planned, f.decision, f.message]),
      'findings',
    ),
  );
  if (r.findingsOmitted) body.push(`<p>… and ${r.findingsOmitted} more findings.</p>`);
  if (r.decisions.length) body.push('<h2>Risk decisions</h2>', table(DECISION_HEAD, r.decisions.map(decisionCells), 'decisions'));
  if (r.general?.measures.length) body.push('<h2>General measures (§2.2)</h2>', table(GENERAL_MEASURE_HEAD, r.general.measures, 'general'));
  if (r.general?.boundaries.length) body.push('<h2>Boundary choices (§2.3.8)</h2>', table(BOUNDARY_HEAD, r.general.boundaries, 'boundaries'));
  body.push('<h2>Coverage: threats × countermeasure IDs</h2>');
  body.push(
    r.coverage.rows.length === 0
      ? '<p>No threats.</p>'
      : table(['Threat', 'Instances', ...r.coverage.ids.map((id) => `ID${id}`)], r.coverage.rows.map((x) => [x.threat, String(x.instances), ...x.cells]), 'coverage') +
          '<p>✓ present, P planned, N/A not applicable, ✗ missing; mixed cells count instances per state.</p>',
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Security review: ${esc(r.title)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; line-height: 1.4; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
th, td { border: 1px solid #bbb; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eee; }
.coverage td { text-align: center; }
figure.diagram { margin: 0.5rem 0 1.5rem; overflow-x: auto; }
figure.diagram svg { max-width: 100%; height: auto; }
h3.open { color: #b00020; } h3.one-layer { color: #9a6700; } h3.defended-in-depth { color: #1a7f37; }
/* Print to PDF gives the document a review meeting hands out: each section on a new page, the diagram
   scaled to the page, table rows and headings never split, header rows repeated on every page. */
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { margin: 0; font-size: 10pt; }
  h2 { break-before: page; }
  h1 + dl + h2, h1 + h2 { break-before: auto; }
  h2, h3 { break-after: avoid; }
  table { width: 100%; font-size: 8.5pt; }
  thead { display: table-header-group; }
  tr, figure.diagram { break-inside: avoid; }
  th { background: #eee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  figure.diagram { overflow: visible; }
  figure.diagram svg { width: 100%; max-height: 170mm; }
}
</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
