// Completion items for plant files: kinds, element references, countermeasure IDs that apply to the
// chosen target, statuses, section and property keys, and snippets for new elements.
import { riskStatusName } from '../l10n/names';
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver-types';
import { catalog, measureKindById } from '../catalog';
import type { CountermeasureId } from '../catalog/types';
import { DETECTION_DEVICE_KINDS, DEVICE_KINDS, DIRECTIONS, FILTERING_DEVICE_KINDS, MEASURE_STATUSES, WIRELESS_TECHS, ZONE_KINDS, type KindInfo } from '../model/kinds';
import type { Plant } from '../model/plant';
import { own } from '../own';
import type { LineIndex } from '../text/line-index';
import { completionContext, type CompletionContext } from './completion-context';
import { measureDoc } from './hover';
import { bilingual, t } from './l10n';
import { statusName } from '../l10n/names';
import { measureApplies } from './measure-target';
import { RISK_STATUSES } from '../review/types';

export interface CompletionInput {
  readonly text: string;
  readonly offset: number;
  readonly lineIndex: LineIndex;
  /** The parsed plant, if any (possibly partial). */
  readonly plant?: Plant;
  /** Ids known from the last well-formed version, used when the current text does not parse. */
  readonly knownIds?: { readonly zones: readonly string[]; readonly devices: readonly string[]; readonly conduits: readonly string[] };
}

const SECTIONS = ['smartfab', 'plant', 'models', 'zones', 'devices', 'conduits', 'flows', 'countermeasures', 'risks', 'general'];
const PROPERTIES: Record<string, string[]> = {
  plant: ['name', 'site', 'owner', 'description'],
  zones: ['kind', 'name', 'description', 'parent', 'wireless', 'level', 'sl', 'critical'],
  devices: ['kind', 'zone', 'name', 'description', 'count', 'filtering', 'vpn', 'wireless', 'monitors'],
  conduits: ['between', 'via', 'vpn', 'wireless', 'direction', 'name', 'description'],
  flows: ['from', 'to', 'protocol', 'direction', 'id', 'description'],
  countermeasures: ['measure', 'target', 'status', 'reason', 'evidence'],
  // Review sections (src/core/review): a decision's fields; general's two maps.
  risks: ['status', 'justification', 'owner', 'date', 'ticket', 'expires'],
  general: ['measures', 'boundaries'],
};

export function completions(input: CompletionInput): CompletionItem[] {
  const ctx = completionContext(input.text, input.offset);
  const range = input.lineIndex.range(ctx.replace);
  const items = itemsFor(ctx, input);
  return items.map((it) => (it.insertTextFormat === InsertTextFormat.Snippet ? it : { ...it, textEdit: { range, newText: it.insertText ?? it.label } }));
}

function itemsFor(ctx: CompletionContext, input: CompletionInput): CompletionItem[] {
  const ids = idsOf(input);
  if (!ctx.section) return ctx.atKey ? SECTIONS.map((s) => ({ label: s, kind: CompletionItemKind.Module, insertText: `${s}:` })) : [];
  if (ctx.atKey) {
    const present = new Set(ctx.itemLines.map((l) => /^\s*-?\s*([\w-]+)\s*:/.exec(l)?.[1]));
    const keys = (own(PROPERTIES, ctx.section) ?? [])
      .filter((k) => ctx.atElement || !present.has(k))
      .map((k) => ({ label: k, kind: CompletionItemKind.Property, insertText: `${k}: ` }));
    return ctx.atElement ? [...snippets(ctx), ...(isList(ctx.section) ? keys : [])] : keys;
  }
  switch (`${ctx.section}.${ctx.key}`) {
    case 'zones.kind':
      return kinds(ZONE_KINDS);
    case 'devices.kind':
      return kinds(DEVICE_KINDS);
    case 'zones.wireless':
    case 'conduits.wireless':
      return kinds(WIRELESS_TECHS);
    case 'devices.wireless':
      return [...kinds(WIRELESS_TECHS), { label: 'none', kind: CompletionItemKind.EnumMember, detail: t('Wired (no wireless)') }];
    case 'conduits.direction':
    case 'flows.direction':
      return kinds(DIRECTIONS);
    case 'devices.monitors':
      return [...refs(ids.zones, t('zone')), ...refs(ids.conduits, t('conduit'))];
    case 'zones.parent':
    case 'devices.zone':
    case 'conduits.between':
      return refs(ids.zones, t('zone'));
    case 'conduits.via':
      return viaItems(input);
    case 'flows.from':
    case 'flows.to':
      return refs(ids.devices, t('device'));
    case 'countermeasures.target':
      return [...refs(ids.conduits, t('conduit')), ...refs(ids.zones, t('zone')), ...refs(ids.devices, t('device'))];
    case 'countermeasures.measure':
      return measureItems(ctx, input);
    case 'risks.status':
      return RISK_STATUSES.map((s) => ({ label: s, kind: CompletionItemKind.EnumMember, detail: riskStatusName(s) }));
    case 'countermeasures.status':
      return MEASURE_STATUSES.map((s) => ({ label: s, kind: CompletionItemKind.EnumMember, detail: statusName(s) }));
    default:
      return [];
  }
}

function isList(section: string): boolean {
  return section === 'flows' || section === 'countermeasures';
}

function idsOf(input: CompletionInput): { zones: string[]; devices: string[]; conduits: string[] } {
  const p = input.plant;
  const k = input.knownIds;
  const merge = (a: readonly string[] | undefined, b: readonly string[] | undefined) => [...new Set([...(a ?? []), ...(b ?? [])])].filter(Boolean);
  return {
    zones: merge(p?.zones.map((z) => z.id), k?.zones),
    devices: merge(p?.devices.map((d) => d.id), k?.devices),
    conduits: merge(p?.conduits.map((c) => c.id), k?.conduits),
  };
}

function kinds(table: Record<string, KindInfo>): CompletionItem[] {
  return Object.entries(table).map(([k, info]) => {
    const [a, b] = bilingual(info);
    return { label: k, kind: CompletionItemKind.EnumMember, detail: `${a} (${b})`, documentation: info.doc };
  });
}

function refs(ids: readonly string[], detail: string): CompletionItem[] {
  return ids.map((id) => ({ label: id, kind: CompletionItemKind.Reference, detail }));
}

/** Filtering and detection devices first: they are what a conduit's `via` usually lists. */
function viaItems(input: CompletionInput): CompletionItem[] {
  const devices = input.plant?.devices ?? [];
  const preferred = new Set<string>([...FILTERING_DEVICE_KINDS, ...DETECTION_DEVICE_KINDS]);
  const known = new Set(devices.map((d) => d.id));
  const items: CompletionItem[] = devices.map((d) => ({
    label: d.id,
    kind: CompletionItemKind.Reference,
    detail: d.kind,
    sortText: `${preferred.has(d.kind) ? 0 : 1}${d.id}`,
  }));
  for (const id of input.knownIds?.devices ?? []) if (!known.has(id)) items.push({ label: id, kind: CompletionItemKind.Reference, sortText: `2${id}` });
  return items;
}

/** Countermeasure IDs, only those applicable to the item's `target:` when it names a known element. */
function measureItems(ctx: CompletionContext, input: CompletionInput): CompletionItem[] {
  const target = ctx.itemLines.map((l) => /^\s*-?\s*target\s*:\s*([\w.\-]+)/.exec(l)?.[1]).find(Boolean);
  let list: readonly CountermeasureId[] = catalog.countermeasures;
  if (target && input.plant) {
    const filtered = list.filter((cm) => measureApplies(cm, target, input.plant as Plant));
    if (filtered.length || elementExists(input.plant, target)) list = filtered;
  }
  return list.map((cm, i) => ({
    label: `ID${cm.id}`,
    kind: CompletionItemKind.Constant,
    // The measure's name beside the ID (`ID8-1  フィルタリング装置の設置`), in the user's language.
    ...(measureKindById(cm.kind) ? { labelDetails: { description: bilingual(measureKindById(cm.kind)!.title)[0] } } : {}),
    detail: bilingual(cm.targetLabel)[0],
    filterText: `ID${cm.id} ${cm.id}`,
    sortText: String(i).padStart(3, '0'),
    documentation: { kind: 'markdown', value: measureDoc(cm.id) ?? '' },
  }));
}

function elementExists(plant: Plant, id: string): boolean {
  return plant.zones.some((z) => z.id === id) || plant.devices.some((d) => d.id === id) || plant.conduits.some((c) => c.id === id);
}

function snippets(ctx: CompletionContext): CompletionItem[] {
  const u = ctx.unit;
  const choice = (xs: readonly string[]) => `|${xs.join(',')}|`;
  const zoneKinds = choice(Object.keys(ZONE_KINDS));
  const deviceKinds = choice(Object.keys(DEVICE_KINDS));
  const statuses = choice(MEASURE_STATUSES);
  const dash = /^\s*-\s*[\w-]*$/.test(ctx.linePrefix) ? '' : '- ';
  const bodies: Record<string, [string, string][]> = {
    zones: [[t('New zone'), `\${1:zone-id}:\n${u}kind: \${2${zoneKinds}}\n${u}name: \${3:Zone name}`]],
    devices: [[t('New device'), `\${1:device-id}:\n${u}kind: \${2${deviceKinds}}\n${u}zone: \${3:zone-id}`]],
    conduits: [[t('New conduit'), `\${1:conduit-id}:\n${u}between: [\${2:zone-a}, \${3:zone-b}]\n${u}via: [\${4}]`]],
    flows: [[t('New data flow'), `${dash}from: \${1:device-a}\n${u}to: \${2:device-b}\n${u}protocol: \${3:mqtt}`]],
    countermeasures: [[t('New countermeasure entry'), `${dash}measure: ID\${1:8-1}\n${u}target: \${2:element-id}\n${u}status: \${3${statuses}}`]],
  };
  return (own(bodies, ctx.section) ?? []).map(([label, body]) => ({
    label,
    kind: CompletionItemKind.Snippet,
    insertTextFormat: InsertTextFormat.Snippet,
    insertText: body,
    sortText: ' ',
  }));
}
