// Renaming an element: its key and every reference to it, each replaced in place.
import type { Node } from 'yaml';
import { checkNewId } from './elements';
import { findElement, flows, references } from './plant-index';
import { runEdit } from './session';
import type { EditResult } from './text-edit';
import { planRenameInRisks } from '../review/edit';

/** Renames a zone, device, conduit or flow id and every reference (zone, parent, between, via, from/to, target). */
export function renameElement(text: string, oldId: string, newId: string): EditResult {
  return runEdit(text, (s) => {
    const e = findElement(s.src, oldId);
    const flow = e ? undefined : flows(s.src).find((f) => f.id === oldId);
    if (!e && !flow) return s.fail(`There is no element "${oldId}".`);
    if (newId === oldId) return;
    const type = e?.type ?? 'flow';
    if (!checkNewId(s, newId, type)) return;
    if (e) s.replaceScalar(e.pair.key as Node, newId);
    else s.replaceScalar(flow!.map.get("id", true) as Node, newId);
    for (const ref of references(s.src, oldId)) {
      if (ref.names === 'any' || ref.names === type) s.replaceScalar(ref.node, newId);
    }
    // Risk decisions are keyed by element ids: keep them in step.
    if (e) planRenameInRisks(s, oldId, newId);
  });
}
