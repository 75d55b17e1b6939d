// The IPA smart-factory catalogue: models, damages, threats, measure kinds and countermeasure IDs,
// assembled from the report's tables, with lookup helpers for the analysis, CLI and language server.
import type { DeviceKind, ZoneKind } from '../model/kinds';
import type { BoundarySide, Catalog, CountermeasureId, Damage, ImplementationModel, MeasureKind, MeasureTarget, ModelId, Threat } from './types';
import { COUNTERMEASURE_DEFS } from './countermeasures';
import { DAMAGES } from './damages';
import { ERRATA } from './errata';
import { IMPLEMENTATION_EXAMPLES } from './examples';
import { GENERAL_MEASURES } from './general-measures';
import { MEASURE_KINDS } from './measure-kinds';
import { MODELS } from './models';
import { correctedRows } from './tables';
import { THREAT_KINDS, THREAT_TEXTS } from './threats';
import { WIRELESS } from './wireless';

export type * from './types';

function buildThreats(): Threat[] {
  const rows = correctedRows();
  return THREAT_TEXTS.map((text) => {
    const hits = rows.flatMap((d) => d.rows.filter((r) => r.threat === text.id).map((r) => ({ damage: d.damage, row: r })));
    const first = hits[0];
    if (!first) throw new Error(`catalogue: threat ${text.id} is in no table row`);
    const measures: string[] = [];
    for (const h of hits) for (const m of h.row.measures) if (!measures.includes(m)) measures.push(m);
    return {
      id: text.id,
      kind: first.row.kind,
      damages: [...new Set(hits.map((h) => h.damage))],
      model: text.model,
      measures,
      title: text.title,
      description: text.description,
      refs: text.refs,
    };
  });
}

function buildCountermeasures(threats: readonly Threat[]): CountermeasureId[] {
  return COUNTERMEASURE_DEFS.map((d) => {
    const countered = threats.filter((th) => th.measures.includes(d.id));
    const models = [...new Set(countered.map((th) => th.model))].sort((a, b) => a - b);
    const base = {
      id: d.id,
      kind: Number(d.id.split('-')[0]),
      targetLabel: d.targetLabel,
      target: d.target,
      threats: countered.map((th) => th.id),
      models,
    };
    return d.erratum ? { ...base, erratum: d.erratum } : base;
  });
}

const threats = buildThreats();

export const catalog: Catalog = {
  models: MODELS,
  damages: DAMAGES,
  threats,
  measureKinds: MEASURE_KINDS,
  countermeasures: buildCountermeasures(threats),
  generalMeasures: GENERAL_MEASURES,
  implementationExamples: IMPLEMENTATION_EXAMPLES,
  wireless: WIRELESS,
  errata: ERRATA,
  threatKinds: THREAT_KINDS,
};

const threatIndex = new Map(catalog.threats.map((x) => [x.id, x]));
const measureIndex = new Map(catalog.countermeasures.map((x) => [x.id, x]));

const DASHES = /[\u2010-\u2015\u2212\uFE63\uFF0D]/g;

/**
 * "ID8-1", "id8-1", "ID 8-1", "8-1" and their full-width forms -> "8-1"; anything else -> undefined.
 * Only the syntax is checked: "ID99-1" gives "99-1" (use countermeasureById to know whether it exists).
 */
export function normalizeMeasureId(s: string): string | undefined {
  if (typeof s !== 'string' || s.length > 40) return undefined;
  const m = /^(?:id)?\s*(\d{1,3})-(\d{1,3})$/i.exec(s.normalize('NFKC').replace(DASHES, '-').trim());
  if (!m) return undefined;
  const kind = Number(m[1]);
  const n = Number(m[2]);
  return kind >= 1 && n >= 1 ? `${kind}-${n}` : undefined;
}

export function countermeasureById(id: string): CountermeasureId | undefined {
  const key = normalizeMeasureId(id);
  return key === undefined ? undefined : measureIndex.get(key);
}

/** "A4" or "a4" (surrounding blanks ignored). */
export function threatById(id: string): Threat | undefined {
  return typeof id === 'string' ? threatIndex.get(id.trim().toUpperCase()) : undefined;
}

export function damageById(n: number): Damage | undefined {
  return catalog.damages.find((d) => d.id === n);
}

export function measureKindById(n: number): MeasureKind | undefined {
  return catalog.measureKinds.find((k) => k.id === n);
}

export function modelById(m: number): ImplementationModel | undefined {
  return catalog.models.find((x) => x.id === m);
}

export function threatsOfModel(m: ModelId | number): Threat[] {
  return catalog.threats.filter((th) => th.model === m);
}

export function threatsOfDamage(n: number): Threat[] {
  return catalog.threats.filter((th) => th.damages.includes(n));
}

/** The IDs a threat lists, in table order. */
export function countermeasuresOfThreat(id: string): CountermeasureId[] {
  return (threatById(id)?.measures ?? []).flatMap((m) => measureIndex.get(m) ?? []);
}

/** One end of a boundary in a plant: a zone and the kinds of the devices in it. */
export interface BoundaryEnd {
  readonly zoneKind: ZoneKind;
  readonly deviceKinds?: readonly DeviceKind[];
}

export function boundarySideMatches(side: BoundarySide, end: BoundaryEnd): boolean {
  if (side.zoneKinds?.includes(end.zoneKind)) return true;
  return (end.deviceKinds ?? []).some((k) => side.deviceKinds?.includes(k) ?? false);
}

/** What a plant element is, for matching an ID's target: a device, a zone, or a conduit's two ends. */
export type TargetQuery =
  | { readonly device: DeviceKind }
  | { readonly zone: ZoneKind }
  | { readonly boundary: readonly [BoundaryEnd, BoundaryEnd] };

export function targetMatches(target: MeasureTarget, q: TargetQuery): boolean {
  if ('device' in q) return target.type === 'device' && target.deviceKinds.includes(q.device);
  if ('zone' in q) return target.type === 'network' && target.zoneKinds.includes(q.zone);
  if (target.type !== 'boundary') return false;
  const [s0, s1] = target.between;
  const [a, b] = q.boundary;
  return (boundarySideMatches(s0, a) && boundarySideMatches(s1, b)) || (boundarySideMatches(s0, b) && boundarySideMatches(s1, a));
}

/** The IDs that may be applied to the element described by q. */
export function countermeasuresForTarget(q: TargetQuery): CountermeasureId[] {
  return catalog.countermeasures.filter((c) => targetMatches(c.target, q));
}
