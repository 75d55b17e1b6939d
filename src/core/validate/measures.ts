// Countermeasure entries: the ID exists in the IPA catalogue, its target is the kind of element the
// catalogue says the ID applies to, and not-applicable carries a reason.
import { countermeasureById, targetMatches, type BoundaryEnd } from '../catalog/index';
import type { BoundarySide, MeasureTarget } from '../catalog/types';
import type { Problem } from '../diagnostics';
import type { Conduit, Plant, PlantElement, Zone } from '../model/plant';
import { elementById } from '../parse/locate';

const ID_SHAPE = /^[0-9]{1,2}-[0-9]{1,2}$/;

function describeTarget(t: MeasureTarget): string {
  const side = (s: BoundarySide) => [...(s.zoneKinds ?? []), ...(s.deviceKinds ?? [])].join('/') || 'any';
  switch (t.type) {
    case 'device': return `a device of kind ${t.deviceKinds.join(' or ')}`;
    case 'network': return `a zone of kind ${t.zoneKinds.join(' or ')}`;
    case 'boundary': return `a conduit between ${side(t.between[0])} and ${side(t.between[1])} (or a device on it)`;
  }
}

function fits(target: MeasureTarget, el: PlantElement, plant: Plant, zoneById: Map<string, Zone>): boolean {
  // A nested zone (e.g. a DMZ with `parent: ctrl-info`) also stands for its ancestors at a boundary.
  const ends = (zoneId: string): BoundaryEnd[] => {
    const out: BoundaryEnd[] = [];
    const deviceKinds = plant.devices.filter((d) => d.zone.value === zoneId).map((d) => d.kind);
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
        (target.type === 'boundary' && plant.conduits.some((c) => c.via.some((v) => v.value === el.id) && conduitFits(c)));
    case 'zone':
      return targetMatches(target, { zone: el.kind });
    case 'conduit':
      return conduitFits(el);
  }
}

export function checkMeasures(plant: Plant): Problem[] {
  const out: Problem[] = [];
  const zoneById = new Map(plant.zones.map((z) => [z.id, z] as const));
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
    const el = m.target.value === '' ? undefined : elementById(plant, m.target.value);
    if (el && !fits(cm.target, el, plant, zoneById)) {
      out.push({
        code: 'measure-target-kind', severity: 'error', span: m.target.span,
        message: `ID${cm.id} (${cm.targetLabel.en} / ${cm.targetLabel.ja}) applies to ${describeTarget(cm.target)}, not to ${el.type} '${el.id}' (${el.type === 'conduit' ? `${el.from.value}-${el.to.value}` : el.kind})`,
        data: { measure: cm.id, target: el.id, targetType: el.type, expected: cm.target },
      });
    }
  }
  return out;
}
