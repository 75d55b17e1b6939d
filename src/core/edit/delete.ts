// Deleting an element and cleaning every reference to it, so the file stays valid.
import { elements, findElement, flows, measures, prop, references, type ElementEntry } from './plant-index';
import { runEdit, type EditSession } from './session';
import type { EditResult } from './text-edit';

export interface DeleteOptions {
  /**
   * A zone that still holds devices is refused by default (deleting a zone should not silently take
   * devices with it); with `cascade` its devices are deleted too, with their references.
   */
  readonly cascade?: boolean;
}

/**
 * Deletes a zone, device, conduit or flow (by its `id:`) and what refers to it: conduits of a
 * deleted zone, flows of a deleted device, `via` entries, `parent:` of nested zones, and
 * countermeasure entries targeting it. Comment lines above a deleted entry are kept.
 */
export function deleteElement(text: string, id: string, opts: DeleteOptions = {}): EditResult {
  return runEdit(text, (s) => {
    const e = findElement(s.src, id);
    if (e) return planDelete(s, e, opts);
    const flow = flows(s.src).find((f) => f.id === id);
    if (!flow) return s.fail(`There is no element "${id}".`);
    s.remove(flow.seq, flow.index, flow.sectionPair);
  });
}

export function planDelete(s: EditSession, e: ElementEntry, opts: DeleteOptions = {}): void {
  if (e.type === 'zone') {
    const devices = elements(s.src, 'device').filter((d) => prop(d.map, 'zone') === e.id);
    if (devices.length > 0 && !opts.cascade) {
      const names = devices.map((d) => d.id).join(', ');
      return s.fail(`The zone "${e.id}" still contains ${names}; move or delete ${devices.length > 1 ? 'them' : 'it'} first.`);
    }
    for (const d of devices) planDelete(s, d, opts);
    for (const ref of references(s.src, e.id)) {
      if (ref.in === 'conduit' && ref.names === 'zone') {
        const conduit = elements(s.src, 'conduit').find((c) => c.map?.items.some((p) => p === ref.owner));
        if (conduit) planDelete(s, conduit, opts);
      } else if (ref.in === 'zone' && ref.map && ref.owner) {
        s.remove(ref.map, ref.map.items.indexOf(ref.owner));
      }
    }
  }
  if (e.type === 'device') {
    for (const f of flows(s.src)) if (f.from === e.id || f.to === e.id) s.remove(f.seq, f.index, f.sectionPair);
    for (const ref of references(s.src, e.id)) {
      if (ref.in === 'conduit' && ref.key === 'via' && ref.seq && ref.index !== undefined) s.remove(ref.seq, ref.index, ref.owner);
    }
  }
  for (const m of measures(s.src)) if (m.target === e.id) s.remove(m.seq, m.index, m.sectionPair);
  s.remove(e.section, e.index, e.sectionPair);
}

/**
 * Deletes the flow entry (an item of `flows:`) whose mapping holds `offset`: flows need no `id`, and two
 * id-less flows between the same devices are told apart only by where they are written (issue 10).
 * Fails with a message when no flow entry sits there.
 */
export function deleteFlowAt(text: string, offset: number): EditResult {
  return runEdit(text, (s) => {
    const flow = flows(s.src).find((f) => {
      const r = f.map.range;
      return r !== null && r !== undefined && offset >= r[0] && offset < Math.max(r[1], r[0] + 1);
    });
    if (!flow) return s.fail('There is no flow entry at this place any more.');
    s.remove(flow.seq, flow.index, flow.sectionPair);
  });
}
