// Countermeasure entries: the ID exists in the IPA catalogue, its target is the kind of element the
// catalogue says the ID applies to, and not-applicable carries a reason.
import { countermeasureById, targetMatches, type BoundaryEnd } from '../catalog/index';
import type { BoundarySide, MeasureTarget } from '../catalog/types';
import type { Problem } from '../diagnostics';
import type { DeviceKind } from '../model/kinds';
import type { Conduit, Plant, PlantElement, Zone } from '../model/plant';

const ID_SHAPE = /^[0-9]{1,2}-[0-9]{1,2}$/;

function describeTarget(t: MeasureTarget): string {
  const side = (s: BoundarySide) => [...(s.zoneKinds ?? []), ...(s.deviceKinds ?? [])].join('/') || 'any';
  switch (t.type) {
    case 'device': return `a device of kind ${t.deviceKinds.join(' or ')}`;
    case 'network': return `a zone of kind ${t.zoneKinds.join(' or ')}`;
    case 'boundary': return `a conduit between ${side(t.between[0])} and ${side(t.between[1])} (or a device on it)`;
  }
}

/** Lookups built once per plant, so checking n entries stays linear in the plant's size. */
interface MeasureContext {
  readonly zoneById: ReadonlyMap<string, Zone>;
  readonly elementById: ReadonlyMap<string, PlantElement>;
  readonly deviceKindsByZone: ReadonlyMap<string, DeviceKind[]>;
  readonly conduitsVia: ReadonlyMap<string, Conduit[]>;
}

function measureContext(plant: Plant): MeasureContext {
  // Plain loops: this runs on every keystroke in the language server, over every element.
  const elementById = new Map<string, PlantElement>();
  // First definition wins, as duplicate ids are reported elsewhere.
  const define = (el: PlantElement) => {
    if (!elementById.has(el.id)) elementById.set(el.id, el);
  };
  const zoneById = new Map<string, Zone>();
  for (const z of plant.zones) {
    define(z);
    zoneById.set(z.id, z);
  }
  const deviceKindsByZone = new Map<string, DeviceKind[]>();
  for (const d of plant.devices) {
    define(d);
    const kinds = deviceKindsByZone.get(d.zone.value);
    if (kinds) kinds.push(d.kind);
    else deviceKindsByZone.set(d.zone.value, [d.kind]);
  }
  const conduitsVia = new Map<string, Conduit[]>();
  for (const c of plant.conduits) {
    define(c);
    for (const v of c.via) {
      const list = conduitsVia.get(v.value);
      if (list) list.push(c);
      else conduitsVia.set(v.value, [c]);
    }
  }
  return { zoneById, elementById, deviceKindsByZone, conduitsVia };
}

function fits(target: MeasureTarget, el: PlantElement, ctx: MeasureContext): boolean {
  const { zoneById } = ctx;
  // A nested zone (e.g. a DMZ with `parent: ctrl-info`) also stands for its ancestors at a boundary.
  const ends = (zoneId: string): BoundaryEnd[] => {
    const out: BoundaryEnd[] = [];
    const deviceKinds = ctx.deviceKindsByZone.get(zoneId) ?? [];
    for (let z = zoneById.get(zoneId); z && out.length <= zoneById.size; z = z.parent ? zoneById.get(z.parent.value) : undefined) {
      out.push({ zoneKind: z.kind, deviceKinds });
    }
    return out;
  };
  const conduitFits = (c: Conduit) => {
    const as = ends(c.from.value);
    const bs = ends(c.to.value);
    // A link measure (e.g. closed network / VPN over the internet) may be stated on the conduit crossing that network.
    if ([...as, ...bs].some((e) => targetMatches(target, { zone: e.zoneKind }))) return true;
    return as.some((a) => bs.some((b) => targetMatches(target, { boundary: [a, b] })));
  };
  switch (el.type) {
    case 'device':
      // A firewall/IDS placed on a matching conduit implements the boundary measure too.
      return targetMatches(target, { device: el.kind }) ||
        (target.type === 'boundary' && (ctx.conduitsVia.get(el.id) ?? []).some(conduitFits));
    case 'zone':
      return targetMatches(target, { zone: el.kind });
    case 'conduit':
      return conduitFits(el);
  }
}

/**
 * Whether validation accepts an entry for countermeasure `measure` ("8-1") on element `target`: false
 * when checkMeasures would report measure-target-kind (or the ID or element is unknown). Quick-fixes
 * use it so that an entry they add never adds an error. Built once per plant; each call is O(depth).
 */
export function measureTargetFits(plant: Plant): (measure: string, target: string) => boolean {
  const ctx = measureContext(plant);
  return (measure, target) => {
    const cm = countermeasureById(measure);
    const el = ctx.elementById.get(target);
    return cm !== undefined && el !== undefined && fits(cm.target, el, ctx);
  };
}

export function checkMeasures(plant: Plant): Problem[] {
  const out: Problem[] = [];
  if (plant.measures.length === 0) return out;
  const ctx = measureContext(plant);
  const seen = new Map<string, (typeof plant.measures)[number]>();
  for (const m of plant.measures) {
    const id = m.measure.value;
    if (m.status === 'not-applicable' && !m.reason?.trim()) {
      out.push({
        code: 'missing-reason', severity: 'error', span: m.statusSpan ?? m.span,
        message: `Countermeasure ID${id} is marked not-applicable without a reason; say why under 'reason'`,
        data: { measure: id, target: m.target.value },
      });
    }
    if (!ID_SHAPE.test(id)) continue; // malformed ids are schema problems
    const cm = countermeasureById(id);
    if (!cm) {
      out.push({
        code: 'unknown-measure', severity: 'error', span: m.measure.span,
        message: `Unknown countermeasure ID${id}: the IPA report defines no such ID (tables 5-10)`,
        data: { measure: id },
      });
      continue;
    }
    const key = `${cm.id}\u0000${m.target.value}`;
    const first = seen.get(key);
    if (first) {
      out.push({
        code: 'duplicate-measure', severity: 'warning', span: m.measure.span,
        message: `ID${cm.id} is already listed for '${m.target.value}'`,
        related: [{ span: first.span, message: 'first listed here' }],
        data: { measure: cm.id, target: m.target.value },
      });
    } else seen.set(key, m);
    const el = m.target.value === '' ? undefined : ctx.elementById.get(m.target.value);
    if (el && !fits(cm.target, el, ctx)) {
      out.push({
        code: 'measure-target-kind', severity: 'error', span: m.target.span,
        message: `ID${cm.id} (${cm.targetLabel.en} / ${cm.targetLabel.ja}) applies to ${describeTarget(cm.target)}, not to ${el.type} '${el.id}' (${el.type === 'conduit' ? `${el.from.value}-${el.to.value}` : el.kind})`,
        data: { measure: cm.id, target: el.id, targetType: el.type, expected: cm.target },
      });
    }
  }
  return out;
}
