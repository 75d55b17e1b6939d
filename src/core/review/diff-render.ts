// A findings diff as text (terminal), Markdown (pull requests, the editor's comparison) or JSON.
import { t } from '../lsp/l10n';
import { damageById } from '../catalog/index';
import { pick } from '../l10n/lang';
import { riskStatusName } from '../l10n/names';
import { reportStatus, severityWord } from '../report/words';
import type { DamageStatus } from '../analysis/types';
import type { DiffFinding, FindingsDiff } from './diff';
import { jsonSafe, markdownInline, visibleControls } from '../report/safe-text';

export interface DiffLabels {
  readonly before: string;
  readonly after: string;
}

const ids = (xs: readonly string[]) => xs.map((x) => `ID${x}`).join(', ');
const what = (f: DiffFinding) => `${severityWord(f.severity)} ${f.code}${f.key ? ` ${f.key}` : ''}`;
/** A damage's scenario status in words, '—' when the side has no such damage. */
const statusWord = (s: DamageStatus | undefined) => (s ? reportStatus(s) : '—');
/** The damage's title from the catalogue in the current language (the analysis's own title otherwise). */
const damageTitle = (n: number, fallback: string) => pick(damageById(n)?.title) || fallback;

function changeText(c: FindingsDiff['changed'][number]): string {
  const parts: string[] = [];
  for (const field of c.fields) {
    if (field === 'severity') parts.push(`${severityWord(c.before.severity)} → ${severityWord(c.after.severity)}`);
    if (field === 'missing') parts.push(`${t('missing')} [${ids(c.before.missing)}] → [${ids(c.after.missing)}]`);
    if (field === 'planned') parts.push(`${t('planned')} [${ids(c.before.planned)}] → [${ids(c.after.planned)}]`);
    if (field === 'decision') parts.push(`${t('decision')} ${c.before.decision ? riskStatusName(c.before.decision) : '—'} → ${c.after.decision ? riskStatusName(c.after.decision) : '—'}`);
  }
  return parts.join('; ');
}

function summary(d: FindingsDiff): string {
  return t('{0} added, {1} resolved, {2} changed, {3} unchanged', d.added.length, d.resolved.length, d.changed.length, d.unchanged);
}

export function diffText(d: FindingsDiff, l: DiffLabels): string {
  const out = [`${l.before} → ${l.after}: ${summary(d)}`];
  for (const f of d.added) out.push(`+ ${l.after}:${f.line} ${what(f)}: ${f.message}`);
  for (const f of d.resolved) out.push(`- ${l.before}:${f.line} ${what(f)}: ${f.message}`);
  for (const c of d.changed) out.push(`~ ${l.after}:${c.after.line} ${c.after.code}${c.after.key ? ` ${c.after.key}` : ''}: ${changeText(c)}`);
  for (const g of d.damages) if (g.before !== g.after) out.push(`${t('damage {0}', g.damage)}: ${statusWord(g.before)} → ${statusWord(g.after)}`);
  // A terminal's output: controls in plant text and labels shown as \uXXXX (see SECURITY.md).
  return out.map((line) => visibleControls(line)).join('\n') + '\n';
}

// Plant text and labels as inert Markdown (no markup, HTML, links or images from the plant).
const esc = markdownInline;
const row = (cells: readonly string[]) => `| ${cells.map(esc).join(' | ')} |`;
function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [row(head), `|${head.map(() => ' --- ').join('|')}|`, ...rows.map(row)];
}

export function diffMarkdown(d: FindingsDiff, l: DiffLabels): string {
  const out = [`# ${t('Findings compared: {0} → {1}', esc(l.before), esc(l.after))}`, '', summary(d), ''];
  const findings = (title: string, fs: readonly DiffFinding[]) => {
    if (!fs.length) return;
    out.push(`## ${title}`, '', ...table([t('Severity'), t('Code'), t('Key'), t('Line'), t('Missing'), t('Message')], fs.map((f) => [severityWord(f.severity), f.code, f.key ?? '', String(f.line), ids(f.missing), f.message])), '');
  };
  findings(t('Added'), d.added);
  findings(t('Resolved'), d.resolved);
  if (d.changed.length) {
    out.push(`## ${t('Changed')}`, '', ...table([t('Code'), t('Key'), t('Line'), t('Change')], d.changed.map((c) => [c.after.code, c.after.key ?? '', String(c.after.line), changeText(c)])), '');
  }
  if (d.damages.length) {
    out.push(`## ${t('Damages: scenario status')}`, '', ...table([t('Damage'), t('Before'), t('After')], d.damages.map((g) => [`${g.damage} ${damageTitle(g.damage, g.title)}`, statusWord(g.before), statusWord(g.after)])), '');
  }
  return out.join('\n');
}

export function diffJson(d: FindingsDiff, l: DiffLabels): string {
  return jsonSafe(JSON.stringify({ version: 1, before: l.before, after: l.after, ...d }, null, 2)) + '\n';
}
