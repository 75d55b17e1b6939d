// Language features of the `risks:` section: hover on a key (threat, element, route, decision) and
// completion of instance keys not yet decided. The server tries these before the general ones.
import { CompletionItemKind, type CompletionItem, type Hover } from 'vscode-languageserver-types';
import { threatById } from '../catalog';
import { completionContext } from '../lsp/completion-context';
import { bilingual, t } from '../lsp/l10n';
import type { Plant } from '../model/plant';
import type { LineIndex } from '../text/line-index';
import { GENERAL_MEASURES } from '../catalog/general-measures';
import type { Span } from '../model/plant';

const inside = (s: Span, offset: number) => s.start <= offset && offset <= s.end;

/** Hover on a §2.2 measure id or a boundary under `general:`: the report's text, or the §2.3.8 choices. */
function generalHover(plant: Plant | undefined, offset: number, li: LineIndex): Hover | undefined {
  const g = plant?.general;
  if (!g) return undefined;
  const m = g.measures?.find((r) => inside(r.idSpan, offset));
  if (m) {
    const cat = GENERAL_MEASURES.find((x) => x.id === m.id);
    if (!cat) return undefined;
    const [title, other] = bilingual(cat.title);
    const [desc] = bilingual(cat.description);
    const value = [`**${title}** — ${other} (${cat.ref}, ${cat.cpsf.join(', ')})`, '', desc, '', `- ${t('Status')}: ${m.status ? t(m.status) : '—'}${m.evidence ? ` — ${m.evidence}` : ''}`].join('\n');
    return { contents: { kind: 'markdown', value }, range: li.range(m.idSpan) };
  }
  const b = g.boundaries.find((x) => inside(x.conduitSpan, offset));
  if (!b) return undefined;
  const lines = [`**${b.conduit}** — ${t('§2.3.8 implementation choices')}`, ''];
  const label: Record<string, string> = { filtering: t('Filtering (measure 8)'), relay: t('Relay (measure 9)'), detection: t('Detection (measure 10)'), idsSide: t('IDS side') };
  for (const [k, v] of Object.entries(b.choices)) lines.push(`- ${label[k] ?? k}: ${v}`);
  if (b.note) lines.push('', b.note);
  return { contents: { kind: 'markdown', value: lines.join('\n') }, range: li.range(b.conduitSpan) };
}

/** What these features need of a threat instance (ThreatInstance). */
export interface InstanceInfo {
  readonly key: string;
  readonly threat: string;
  readonly target: string;
  readonly routeZones: readonly string[];
  readonly damages: readonly number[];
  readonly defended: boolean;
}

export function riskHover(plant: Plant | undefined, instances: readonly InstanceInfo[], offset: number, li: LineIndex): Hover | undefined {
  const d = plant?.risks?.find((r) => r.keySpan.start <= offset && offset <= r.keySpan.end);
  if (!d) return generalHover(plant, offset, li);
  const inst = instances.find((i) => i.key === d.key);
  const lines: string[] = [];
  if (!inst) lines.push(`**${d.key}**`, '', t('No threat instance has this key (renamed or removed?).'));
  else {
    const threat = threatById(inst.threat);
    const [title, other] = threat ? bilingual(threat.title) : [inst.threat, ''];
    lines.push(`**${inst.threat}** ${title}${other ? ` — ${other}` : ''}`, '');
    lines.push(`- ${t('Element')}: \`${inst.target}\``);
    if (inst.routeZones.length > 1) lines.push(`- ${t('Route')}: ${inst.routeZones.map((z) => `\`${z}\``).join(' → ')}`);
    lines.push(`- ${t('Damages')}: ${inst.damages.join(', ')}`);
    lines.push(`- ${t('Countermeasures')}: ${inst.defended ? t('none missing') : t('some missing')}`);
  }
  if (d.status) lines.push(`- ${t('Decision')}: ${t(d.status)}${d.owner ? ` (${d.owner})` : ''}${d.expires ? `, ${t('expires {0}', d.expires)}` : ''}`);
  return { contents: { kind: 'markdown', value: lines.join('\n') }, range: li.range(d.keySpan) };
}

/** Keys of instances without a decision, when the cursor is where a key of `risks:` goes; else undefined. */
export function riskKeyCompletions(text: string, offset: number, li: LineIndex, plant: Plant | undefined, instances: readonly InstanceInfo[]): CompletionItem[] | undefined {
  const ctx = completionContext(text, offset);
  if (ctx.section !== 'risks' || !ctx.atElement) return undefined;
  const decided = new Set((plant?.risks ?? []).map((r) => r.key));
  // Keys hold "@" and ">", which the generic word span stops at: replace from the indent to the cursor.
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const start = lineStart + ctx.linePrefix.length - ctx.linePrefix.trimStart().length;
  const range = li.range({ start, end: offset });
  return instances
    .filter((i) => !decided.has(i.key))
    .map((i, n) => {
      const threat = threatById(i.threat);
      return {
        label: i.key,
        kind: CompletionItemKind.Reference,
        detail: threat ? bilingual(threat.title)[0] : i.threat,
        documentation: i.defended ? t('No countermeasure missing') : t('Countermeasures missing'),
        sortText: `${i.defended ? 1 : 0}${String(n).padStart(5, '0')}`,
        textEdit: { range, newText: `${i.key}:\n${' '.repeat(start - lineStart)}${ctx.unit}status: ` },
      } satisfies CompletionItem;
    });
}
