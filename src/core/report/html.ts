// The review report as a standalone HTML page (no scripts, inline styles; safe to open anywhere).
import { inlineSvg } from './diagram';
import { summarise } from './markdown';
import { currentLang, t } from '../l10n/lang';
import type { ReportModel } from './model';
import { modelHow, reportStatus, severityWord } from './words';
import { boundaryHead, decisionCells, decisionHead, generalMeasureHead } from './decisions';
import { htmlText as esc } from './safe-text';

function table(head: readonly string[], rows: readonly (readonly string[])[], cls = ''): string {
  const th = head.map((h) => `<th>${esc(h)}</th>`).join('');
  const trs = rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${th}</tr></thead><tbody>\n${trs}\n</tbody></table>`;
}

export function renderHtml(r: ReportModel): string {
  const body: string[] = [`<h1>${esc(t('Security review: {0}', r.title))}</h1>`];
  if (r.meta.length) body.push(`<dl>${r.meta.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`);
  const other = currentLang() === 'ja' ? 'en' : 'ja';
  body.push(`<h2>${esc(t('Implementation models'))}</h2><ul>`);
  for (const m of r.models) {
    body.push(`<li><strong>${esc(t('Model {0}', m.id))}</strong>: ${esc(m.title)} (<span lang="${other}">${esc(m.ja)}</span>) — ${esc(modelHow(m.declared, m.inferred))}</li>`);
  }
  body.push('</ul>');
  body.push(`<p>${esc(t('Findings: {0} errors, {1} warnings, {2} info, {3} hints.', r.counts.error, r.counts.warning, r.counts.info, r.counts.hint))}</p>`);
  if (r.diagram) {
    // The SVG's text is XML-escaped by renderSvg, which keeps it inert inside HTML too.
    const d = r.diagram;
    body.push(`<h2>${esc(t('Diagram'))}</h2>`);
    body.push(d.svg !== undefined ? `<figure class="diagram">\n${inlineSvg(d.svg)}\n</figure>` : `<p>${esc(t('The diagram could not be drawn: {0}', d.error ?? t('unknown error')))}</p>`);
  }
  body.push(`<h2>${esc(t('Damages and attack scenarios'))}</h2>`);
  if (r.damages.length === 0) body.push(`<p>${esc(t('The report defines no damages for these models.'))}</p>`);
  for (const d of r.damages) {
    body.push(`<h3 class="${d.status}">${esc(t('Damage {0}: {1}', d.id, d.title))}${d.priority ? ` ${esc(t('(priority)'))}` : ''} — ${esc(reportStatus(d.status))}</h3>`);
    body.push(table([t('Scenario'), t('Entry'), t('Path'), t('Target'), t('Status')], d.groups.map((g) => [g.threats, summarise(g.entries), g.path.join(t('; ')) || '—', g.target, reportStatus(g.status)])));
  }
  body.push(`<h2>${esc(t('Findings'))}</h2>`);
  body.push(
    table(
      [t('Severity'), t('Code'), t('Element'), t('Line'), t('Missing'), t('Planned'), t('Decision'), t('Message')],
      r.findings.map((f) => [severityWord(f.severity), f.code, f.element, f.line === undefined ? '' : String(f.line), f.missing, f.planned, f.decision, f.message]),
      'findings',
    ),
  );
  if (r.findingsOmitted) body.push(`<p>${esc(t('… and {0} more findings.', r.findingsOmitted))}</p>`);
  if (r.decisions.length) body.push(`<h2>${esc(t('Risk decisions'))}</h2>`, table(decisionHead(), r.decisions.map(decisionCells), 'decisions'));
  if (r.general?.measures.length) body.push(`<h2>${esc(t('General measures (§2.2)'))}</h2>`, table(generalMeasureHead(), r.general.measures, 'general'));
  if (r.general?.boundaries.length) body.push(`<h2>${esc(t('Boundary choices (§2.3.8)'))}</h2>`, table(boundaryHead(), r.general.boundaries, 'boundaries'));
  body.push(`<h2>${esc(t('Coverage: threats × countermeasure IDs'))}</h2>`);
  body.push(
    r.coverage.rows.length === 0
      ? `<p>${esc(t('No threats.'))}</p>`
      : table([t('Threat'), t('Instances'), ...r.coverage.ids.map((id) => `ID${id}`)], r.coverage.rows.map((x) => [x.threat, String(x.instances), ...x.cells]), 'coverage') +
          `<p>${esc(t('✓ present, P planned, N/A not applicable, ✗ missing; mixed cells count instances per state.'))}</p>`,
  );
  return `<!doctype html>
<html lang="${currentLang()}">
<head>
<meta charset="utf-8">
<title>${esc(t('Security review: {0}', r.title))}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; line-height: 1.4; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
th, td { border: 1px solid #bbb; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eee; white-space: nowrap; }
/* Japanese breaks between any two characters: keep short cells on one line, let the message wrap. */
.findings td:not(:last-child), .coverage td { white-space: nowrap; }
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
