// Plant-level lookups for navigation: which element or reference is at an offset, where an id is used.
import type { Conduit, Device, Flow, Located, MeasureEntry, Plant, PlantElement, Zone } from '../model/plant';

export type ReferenceRole = 'zone-parent' | 'device-zone' | 'device-monitors' | 'conduit-end' | 'conduit-via' | 'flow-end' | 'measure-target';

/** A use of an element id somewhere in the plant. */
export interface Reference extends Located<string> {
  readonly role: ReferenceRole;
  /** What the id must name. */
  readonly expects: 'zone' | 'device' | 'element';
  /** The element, flow or countermeasure entry holding the reference. */
  readonly owner: Zone | Device | Conduit | Flow | MeasureEntry;
}

/** Every reference in the plant, in document order per section. Empty ids (missing values) are skipped. */
export function allReferences(plant: Plant): Reference[] {
  const out: Reference[] = [];
  const add = (r: Located<string> | undefined, role: ReferenceRole, expects: Reference['expects'], owner: Reference['owner']) => {
    // A literal, not a spread: this runs for every reference on every keystroke.
    if (r && r.value !== '') out.push({ value: r.value, span: r.span, role, expects, owner });
  };
  for (const z of plant.zones) add(z.parent, 'zone-parent', 'zone', z);
  for (const d of plant.devices) {
    add(d.zone, 'device-zone', 'zone', d);
    for (const m of d.monitors ?? []) add(m, 'device-monitors', 'element', d);
  }
  for (const c of plant.conduits) {
    add(c.from, 'conduit-end', 'zone', c);
    add(c.to, 'conduit-end', 'zone', c);
    for (const v of c.via) add(v, 'conduit-via', 'device', c);
  }
  for (const f of plant.flows) {
    add(f.from, 'flow-end', 'device', f);
    add(f.to, 'flow-end', 'device', f);
  }
  for (const m of plant.measures) add(m.target, 'measure-target', 'element', m);
  return out;
}

/** The zone, device or conduit with this id (first one, if duplicated). */
export function elementById(plant: Plant, id: string): PlantElement | undefined {
  return plant.zones.find((z) => z.id === id) ?? plant.devices.find((d) => d.id === id) ?? plant.conduits.find((c) => c.id === id);
}

/** The element, flow or countermeasure entry whose span contains the offset. */
export function elementAt(plant: Plant, offset: number): PlantElement | Flow | MeasureEntry | undefined {
  const inside = (s: { start: number; end: number }) => s.start <= offset && offset <= s.end;
  return (
    plant.zones.find((e) => inside(e.span)) ??
    plant.devices.find((e) => inside(e.span)) ??
    plant.conduits.find((e) => inside(e.span)) ??
    plant.flows.find((e) => inside(e.span)) ??
    plant.measures.find((e) => inside(e.span))
  );
}

/** The reference whose value span contains the offset (for go-to-definition and hover). */
export function referenceAt(plant: Plant, offset: number): Reference | undefined {
  return allReferences(plant).find((r) => r.span.start <= offset && offset <= r.span.end);
}

/** Every reference to `id` (for find-references and rename). */
export function referencesTo(plant: Plant, id: string): Reference[] {
  return allReferences(plant).filter((r) => r.value === id);
}
