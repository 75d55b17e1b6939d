// Diagram edit requests -> text edits, through the core edit functions only (the text stays the model, so
// undo/redo, dirty state and save are VS Code's own). Pure: no vscode import.
import type { EditRequest } from '../../core/diagram/protocol';
import type { DiagramModel } from '../../core/diagram/types';
import { addConduit, addDevice, addZone, applyEdits, deleteElement, deleteFlowAt, idError, insertDmz, insertFilteringDevice, moveDevice, setConduitVpn, uniqueId } from '../../core/edit/index';
import { elements, flows, measures } from '../../core/edit/plant-index';
import { Source } from '../../core/edit/source';
import type { EditResult } from '../../core/edit/text-edit';
// Pure (unit-tested without vscode): the core's t, which the host keeps on smartfab.language (src/extension/l10n.ts).
import { t } from '../../core/l10n/lang';

/** A fresh id from `base`, or from `fallback` when `base` is not a valid id (e.g. built from odd zone ids). */
function freshId(text: string, base: string, fallback: string): string {
  return uniqueId(text, idError(base) === undefined ? base : fallback);
}

/**
 * The edit for a request. `model` is the diagram drawn from exactly this `text` (same document version):
 * a flow is deleted by where its entry is written, since flows need no id and two may share one.
 */
export function editFor(text: string, req: EditRequest, model?: DiagramModel): EditResult {
  switch (req.op) {
    case 'move-device':
      return moveDevice(text, req.args.deviceId, req.args.zoneId);
    case 'insert-dmz':
      return insertDmz(text, req.args.conduitId);
    case 'insert-filter':
      return insertFilteringDevice(text, req.args.conduitId, { kind: req.args.kind });
    case 'set-vpn':
      return setConduitVpn(text, req.args.conduitId, true);
    case 'add-zone':
      return addZone(text, uniqueId(text, req.args.kind), req.args.kind);
    case 'add-device':
      return addDevice(text, uniqueId(text, req.args.kind), req.args.kind, req.args.zoneId);
    case 'add-conduit': {
      const { from, to } = req.args;
      return addConduit(text, freshId(text, `${from}-${to}`, 'conduit'), from, to);
    }
    case 'delete': {
      const flow = model?.edges.find((e) => e.type === 'flow' && e.elementId === req.args.elementId && e.span);
      if (flow?.span) return deleteFlowAt(text, flow.span.start);
      // A zone that still holds devices is refused (core default): the message says so; nothing silently vanishes.
      return deleteElement(text, req.args.elementId);
    }
  }
}

interface Counts {
  zone: number;
  device: number;
  conduit: number;
  flow: number;
  measure: number;
}

function counts(text: string): Counts | undefined {
  const src = Source.parse(text);
  if ('error' in src) return undefined;
  return {
    zone: elements(src, 'zone').length,
    device: elements(src, 'device').length,
    conduit: elements(src, 'conduit').length,
    flow: flows(src).length,
    measure: measures(src).length,
  };
}

/**
 * What a delete removed, in words: "Deleted agvs (1 device, 1 flow). Undo: Ctrl+Z." Counted from the text
 * before and after, so references cleaned up with the element (flows, countermeasure entries) are named too.
 */
export function describeRemoval(before: string, result: EditResult, elementId: string): string {
  if ('error' in result) return result.error;
  const a = counts(before);
  const b = counts(applyEdits(before, result.edits));
  const parts: string[] = [];
  if (a && b) {
    const n = (k: keyof Counts): number => a[k] - b[k];
    if (n('zone')) parts.push(t('{0} zone(s)', n('zone')));
    if (n('device')) parts.push(t('{0} device(s)', n('device')));
    if (n('conduit')) parts.push(t('{0} conduit(s)', n('conduit')));
    if (n('flow')) parts.push(t('{0} flow(s)', n('flow')));
    if (n('measure')) parts.push(t('{0} countermeasure entry(s)', n('measure')));
  }
  return t('Deleted {0} ({1}). Undo: Ctrl+Z.', elementId, parts.join(', ') || t('nothing else'));
}
