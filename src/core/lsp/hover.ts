// Hover documentation: countermeasure IDs, threat IDs, element ids and kinds. Works on broken files
// too: without a parsed plant it falls back to the word under the cursor.
import { markdownCode as code, markdownInline as md } from '../report/safe-text';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { catalog, countermeasureById, damageById, measureKindById, normalizeMeasureId, threatById } from '../catalog';
import type { Problem } from '../diagnostics';
import { DEVICE_KINDS, DIRECTIONS, ZONE_KINDS, type KindInfo } from '../model/kinds';
import type { Span } from '../model/plant';
import { own } from '../own';
import type { LineIndex } from '../text/line-index';
import { bilingual, t } from './l10n';
import { tokenAt, type ElementDef, type PlantIndex } from './plant-index';

export interface HoverInput {
  readonly text: string;
  readonly offset: number;
  readonly lineIndex: LineIndex;
  readonly index?: PlantIndex;
  /** Current problems, to list an element's open findings. */
  readonly problems?: readonly Problem[];
}

const THREAT_ID = /^[A-L][1-9]$/;
const MEASURE_ID = /^(?:ID)?\d{1,2}-\d{1,2}$/i;

export function hover(input: HoverInput): Hover | undefined {
  const found = hoverMarkdown(input);
  if (!found) return undefined;
  const contents: MarkupContent = { kind: 'markdown', value: found.markdown };
  return { contents, range: input.lineIndex.range(found.span) };
}

export function hoverMarkdown(input: HoverInput): { markdown: string; span: Span } | undefined {
  const hit = input.index?.at(input.offset);
  if (hit?.type === 'measure') return wrap(measureDoc(hit.id), hit.span);
  if (hit?.type === 'zone-kind' || hit?.type === 'device-kind') {
    // The kind as written: an unknown one (also `constructor`, `toString`) is read as generic, but its hover
    // must not document generic; the schema-enum problem says what is wrong.
    const written = input.text.slice(hit.span.start, hit.span.end).replace(/^(["'])(.*)\1$/, '$2');
    const info = own<KindInfo>(hit.type === 'zone-kind' ? ZONE_KINDS : DEVICE_KINDS, written);
    return info ? wrap(kindDoc(written, info, hit.type === 'zone-kind' ? t('Zone kind') : t('Device kind')), hit.span) : undefined;
  }
  if (hit?.type === 'definition') return wrap(elementDoc(hit.def, input), hit.span);
  if (hit?.type === 'reference') {
    if (hit.def) return wrap(elementDoc(hit.def, input), hit.span);
    // A flow (by its id or default "from->to") is not an element a reference can name; say which it is.
    const flow = input.index?.plant.flows.find((f) => f.id === hit.ref.id);
    if (flow) return wrap(t('Data flow {0} from {1} to {2}: flows cannot be referenced here.', code(flow.id), code(flow.from.value), code(flow.to.value)), hit.span);
    return wrap(`${t('Unknown element')} ${code(hit.ref.id)}`, hit.span);
  }
  const tok = tokenAt(input.text, input.offset);
  if (!tok) return undefined;
  if (MEASURE_ID.test(tok.text)) return wrap(measureDoc(tok.text), tok.span);
  if (THREAT_ID.test(tok.text)) return wrap(threatDoc(tok.text), tok.span);
  if (/\bkind\s*:\s*$/.test(linePrefix(input.text, tok.span.start))) {
    const device = own<KindInfo>(DEVICE_KINDS, tok.text);
    const info = device ?? own<KindInfo>(ZONE_KINDS, tok.text);
    if (info) return wrap(kindDoc(tok.text, info, device ? t('Device kind') : t('Zone kind')), tok.span);
  }
  if (/\bdirection\s*:\s*$/.test(linePrefix(input.text, tok.span.start)) && Object.hasOwn(DIRECTIONS, tok.text)) {
    return wrap(kindDoc(tok.text, DIRECTIONS[tok.text as keyof typeof DIRECTIONS], t('Direction')), tok.span);
  }
  return undefined;
}

function wrap(markdown: string | undefined, span: Span): { markdown: string; span: Span } | undefined {
  return markdown ? { markdown, span } : undefined;
}

function linePrefix(text: string, offset: number): string {
  return text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
}

/** Markdown for a countermeasure ID ("8-1", "ID8-1"); undefined when the catalogue does not know it. */
export function measureDoc(raw: string): string | undefined {
  const id = normalizeMeasureId(raw);
  const cm = id ? countermeasureById(id) : undefined;
  if (!cm) return undefined;
  const kind = measureKindById(cm.kind);
  const lines: string[] = [];
  const [title1, title2] = kind ? bilingual(kind.title) : ['', ''];
  lines.push(`**ID${cm.id}** — ${title1}${title2 && title2 !== title1 ? ` (${title2})` : ''}`, '');
  if (kind) {
    const [d1, d2] = bilingual(kind.description);
    lines.push(d1, '', `_${d2}_`, '');
  }
  const [target1, target2] = bilingual(cm.targetLabel);
  lines.push(`**${t('Target')}:** ${target1} / ${target2}`, '');
  if (cm.threats.length) {
    const threats = cm.threats.map((tid) => {
      const th = threatById(tid);
      return th ? `${tid} ${bilingual(th.title)[0]}` : tid;
    });
    lines.push(`**${t('Counters threats')}:** ${threats.join(', ')}`, '');
  }
  const refs = new Set<string>();
  for (const m of cm.models) {
    const model = catalog.models.find((x) => x.id === m);
    if (model?.table) refs.add(`${model.table} (${t('model {0}', m)})`);
  }
  for (const n of kind?.notes ?? []) refs.add(n.ref);
  if (refs.size) lines.push(`**${t('In the report')}:** ${[...refs].join(', ')}`, '');
  for (const n of kind?.notes ?? []) lines.push(`> ${n.ref}: ${bilingual(n.text)[0]}`, '');
  if (cm.erratum) lines.push(`⚠ ${bilingual(cm.erratum)[0]}`, '');
  return lines.join('\n').trim();
}

export function threatDoc(id: string): string | undefined {
  const th = threatById(id);
  if (!th) return undefined;
  const [title1, title2] = bilingual(th.title);
  const [d1, d2] = bilingual(th.description);
  const lines = [
    `**${t('Threat')} ${th.id}** — ${title1} (${title2})`,
    '',
    `${t(th.kind === 'entry' ? 'Entry point' : 'Intrusion path')} · ${t('model {0}', th.model)}`,
    '',
    d1,
    '',
    `_${d2}_`,
    '',
  ];
  for (const n of th.damages) {
    const dmg = damageById(n);
    const title = dmg ? bilingual(dmg.title)[0] : '';
    lines.push(`- **${t('Damage {0}', n)}**${dmg?.priority ? ` ⚑` : ''}: ${title}`);
  }
  lines.push('', `**${t('Countermeasures')}:** ${th.measures.map((m) => `ID${m}`).join(', ')}`);
  if (th.refs.length) lines.push('', `**${t('In the report')}:** ${th.refs.join(', ')}`);
  return lines.join('\n').trim();
}

function kindDoc(kind: string, info: KindInfo | undefined, label: string): string | undefined {
  if (!info) return undefined;
  const [n1, n2] = bilingual(info);
  return `**${label} \`${kind}\`** — ${n1} (${n2})\n\n${info.doc}`;
}

/** Problems reported on (or about) an element: its open findings. */
export function findingsOf(id: string, problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.data?.target === id);
}

function elementDoc(def: ElementDef, input: HoverInput): string {
  const lines: string[] = [];
  const el = def.element;
  if (el?.type === 'zone') {
    const info = own<KindInfo>(ZONE_KINDS, el.kind);
    lines.push(`**${t('Zone')} ${code(el.id)}** — ${info ? bilingual(info)[0] : md(el.kind)}`);
    const devices = input.index?.plant.devices.filter((d) => d.zone.value === el.id) ?? [];
    lines.push('', `${t('Devices')}: ${devices.length ? devices.map((d) => code(d.id)).join(', ') : '—'}`);
  } else if (el?.type === 'device') {
    const info = own<KindInfo>(DEVICE_KINDS, el.kind);
    lines.push(`**${t('Device')} ${code(el.id)}** — ${info ? bilingual(info)[0] : md(el.kind)}`);
    lines.push('', `${t('Zone')}: ${code(el.zone.value)}${el.count > 1 ? ` · ${t('count')}: ${el.count}` : ''}`);
  } else if (el?.type === 'conduit') {
    lines.push(`**${t('Conduit')} ${code(el.id)}** — ${code(el.from.value)} ↔ ${code(el.to.value)}`);
    if (el.via.length) lines.push('', `${t('Via')}: ${el.via.map((v) => code(v.value)).join(', ')}`);
  } else {
    lines.push(`**${code(def.id)}**`);
  }
  // Names, ids and messages come from the plant file: escaped so they cannot add markup, links or images.
  if (el?.name) lines.push('', md(el.name));
  const open = findingsOf(def.id, input.problems ?? []);
  if (open.length) {
    lines.push('', `**${t('Open findings')} (${open.length}):**`);
    for (const p of open.slice(0, 10)) lines.push(`- ${code(p.code)} ${md(p.message)}`);
    if (open.length > 10) lines.push(`- … ${t('{0} more', open.length - 10)}`);
  } else {
    lines.push('', t('No open findings.'));
  }
  return lines.join('\n');
}
