// The review report as GitHub-flavoured markdown. Every text from the plant file (and, for uniformity, from the
// catalogue) goes through `esc`, so a plant cannot add markup, HTML, images or links to the report.
import { base64Utf8 } from './diagram';
import { t } from '../l10n/lang';
import type { ReportModel } from './model';
import { modelHow, reportStatus, severityWord } from './words';
import { boundaryHead, decisionCells, decisionHead, generalMeasureHead } from './decisions';
import { htmlText, markdownInline as esc } from './safe-text';

const row = (cells: readonly string[]) => `| ${cells.map(esc).join(' | ')} |`;
const table = (head: readonly string[], rows: readonly (readonly string[])[]) =>
  [row(head), `|${head.map(() => ' --- ').join('|')}|`, ...rows.map(row)].join('\n');
// Marks from ordinary text fonts (no emoji font needed): the same as in the coverage legend.
const MARK = { open: '✗', 'one-layer': '◐', 'defended-in-depth': '✓', 'not-exhibited': '–' } as const;
const status = (s: keyof typeof MARK) => `${MARK[s]} ${reportStatus(s)}`;

export function renderMarkdown(r: ReportModel): string {
  const out: string[] = [`# ${t('Security review: {0}', esc(r.title))}`, ''];
  for (const [k, v] of r.meta) out.push(`- **${esc(k)}:** ${esc(v)}`);
  if (r.meta.length) out.push('');
  out.push(`## ${t('Implementation models')}`, '');
  if (r.models.length === 0) out.push(t('No implementation model found in the topology or declared.'));
  for (const m of r.models) {
    out.push(`- **${t('Model {0}', m.id)}**: ${esc(m.title)} (${esc(m.ja)}) — ${modelHow(m.declared, m.inferred)}`);
  }
  out.push('', t('Findings: {0} errors, {1} warnings, {2} info, {3} hints.', r.counts.error, r.counts.warning, r.counts.info, r.counts.hint), '');
  if (r.diagram) out.push(`## ${t('Diagram')}`, '', diagram(r), '');
  out.push(`## ${t('Damages and attack scenarios')}`, '');
  if (r.damages.length === 0) out.push(t('The report defines no damages for these models.'), '');
  for (const d of r.damages) {
    out.push(`### ${t('Damage {0}: {1}', d.id, esc(d.title))}${d.priority ? ` ${t('(priority)')}` : ''} — ${status(d.status)}`, '');
    out.push(
      table(
        [t('Scenario'), t('Entry'), t('Path'), t('Target'), t('Status')],
        d.groups.map((g) => [g.threats, summarise(g.entries), g.path.join(t('; ')) || '—', g.target, status(g.status)]),
      ),
      '',
    );
  }
  out.push(`## ${t('Findings')}`, '');
  out.push(
    table(
      [t('Severity'), t('Code'), t('Element'), t('Line'), t('Missing'), t('Planned'), t('Decision'), t('Message')],
      r.findings.map((f) => [severityWord(f.severity), f.code, f.element, f.line === undefined ? '' : String(f.line), f.missing, f.planned, f.decision, f.message]),
    ),
  );
  if (r.findingsOmitted) out.push('', t('… and {0} more findings.', r.findingsOmitted));
  if (r.decisions.length) out.push('', `## ${t('Risk decisions')}`, '', table(decisionHead(), r.decisions.map(decisionCells)));
  if (r.general?.measures.length) out.push('', `## ${t('General measures (§2.2)')}`, '', table(generalMeasureHead(), r.general.measures));
  if (r.general?.boundaries.length) out.push('', `## ${t('Boundary choices (§2.3.8)')}`, '', table(boundaryHead(), r.general.boundaries));
  out.push('', `## ${t('Coverage: threats × countermeasure IDs')}`, '');
  if (r.coverage.rows.length === 0) out.push(t('No threats.'));
  else {
    out.push(table([t('Threat'), t('Instances'), ...r.coverage.ids.map((id) => `ID${id}`)], r.coverage.rows.map((x) => [x.threat, String(x.instances), ...x.cells])));
    out.push('', t('✓ present, P planned, N/A not applicable, ✗ missing; mixed cells count instances per state.'));
  }
  return out.join('\n') + '\n';
}

// One line: a line break would end the HTML block and let the rest of the value be read as Markdown.
const attr = (s: string) => htmlText(s.replace(/\r\n?|\n/g, ' '));

/** A link to the sibling SVG (GitHub, VS Code) or, with no file, the SVG inline as a data: URI (not GitHub). */
function diagram(r: ReportModel): string {
  const d = r.diagram!;
  if (d.svg === undefined) return t('The diagram could not be drawn: {0}', esc(d.error ?? t('unknown error')));
  const alt = t('Diagram of {0}', r.title);
  if (d.href !== undefined) {
    const href = encodeURIComponent(d.href).replace(/\(/g, '%28').replace(/\)/g, '%29');
    return `![${esc(alt)}](${href})`;
  }
  return `<img src="data:image/svg+xml;base64,${base64Utf8(d.svg)}" alt="${attr(alt)}">`;
}

export function summarise(entries: readonly string[], max = 5): string {
  return entries.length <= max ? entries.join(', ') : t('{0} and {1} more', entries.slice(0, max).join(', '), entries.length - max);
}
