// Diagram edit requests -> text edits, through the core edit functions only (the text stays the model, so
// undo/redo, dirty state and save are VS Code's own). Pure: no vscode import.
import type { EditRequest } from '../../core/diagram/protocol';
import { addConduit, addDevice, addZone, deleteElement, idError, insertDmz, insertFilteringDevice, moveDevice, setConduitVpn, uniqueId } from '../../core/edit/index';
import type { EditResult } from '../../core/edit/text-edit';

/** A fresh id from `base`, or from `fallback` when `base` is not a valid id (e.g. built from odd zone ids). */
function freshId(text: string, base: string, fallback: string): string {
  return uniqueId(text, idError(base) === undefined ? base : fallback);
}

export function editFor(text: string, req: EditRequest): EditResult {
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
    case 'delete':
      // A zone that still holds devices is refused (core default): the message says so; nothing silently vanishes.
      return deleteElement(text, req.args.elementId);
  }
}
