// Adding and changing single elements: the diagram palette (zone, device, conduit, flow),
// dragging a device to another zone, and the VPN flag of a conduit (measure 11).
import { DEVICE_KINDS, ZONE_KINDS, type DeviceKind, type ZoneKind } from '../model/kinds';
import { idError as formatIdError } from '../format/ids';
import { hasOwnKey } from '../own';
import { idError } from './ids';
import { findElement, usedIds, type ElementEntry, type ElementType } from './plant-index';
import { runEdit, type EditSession } from './session';
import type { EditResult } from './text-edit';

/** Extra properties written after `kind`/`zone`/`between`, in the order given. */
export type Props = Readonly<Record<string, unknown>>;

export function addZone(text: string, id: string, kind: ZoneKind, props?: Props): EditResult {
  return runEdit(text, (s) => planAddZone(s, id, kind, props));
}

export function addDevice(text: string, id: string, kind: DeviceKind, zone: string, props?: Props): EditResult {
  return runEdit(text, (s) => planAddDevice(s, id, kind, zone, props));
}

export function addConduit(text: string, id: string, from: string, to: string, props?: Props): EditResult {
  return runEdit(text, (s) => planAddConduit(s, id, from, to, props));
}

export function addFlow(text: string, from: string, to: string, props?: { id?: string; protocol?: string; description?: string }): EditResult {
  return runEdit(text, (s) => {
    for (const end of [from, to]) if (!checkRef(s, end, 'device')) return;
    if (props?.id !== undefined && !checkNewId(s, props.id, 'flow')) return;
    const value: Record<string, unknown> = {};
    if (props?.id !== undefined) value.id = props.id;
    Object.assign(value, { from, to });
    if (props?.protocol !== undefined) value.protocol = props.protocol;
    if (props?.description !== undefined) value.description = props.description;
    s.appendAt(s.src.root, 'flows', 'seq', { value });
  });
}

/** Moves a device to another zone (its `zone:`). Conduit `via` lists are left as they are. */
export function moveDevice(text: string, deviceId: string, zoneId: string): EditResult {
  return runEdit(text, (s) => {
    const device = elementMap(s, deviceId, 'device');
    if (!device) return;
    if (!checkRef(s, zoneId, 'zone')) return;
    s.setScalar(device.map!, 'zone', zoneId);
  });
}

/** Marks a conduit as a VPN (measure 11) or not. */
export function setConduitVpn(text: string, conduitId: string, vpn: boolean): EditResult {
  return runEdit(text, (s) => planConduitVpn(s, conduitId, vpn));
}

export function planConduitVpn(s: EditSession, conduitId: string, vpn: boolean): void {
  const conduit = elementMap(s, conduitId, 'conduit');
  if (!conduit) return;
  const current = conduit.map!.get('vpn');
  if (current === vpn || (current === undefined && !vpn)) return;
  s.setScalar(conduit.map!, 'vpn', vpn);
}

export function planAddZone(s: EditSession, id: string, kind: ZoneKind, props?: Props): void {
  if (!hasOwnKey(ZONE_KINDS, kind)) return s.fail(`"${kind}" is not a zone kind.`);
  if (!checkNewId(s, id, 'zone')) return;
  s.appendAt(s.src.root, 'zones', 'map', { key: id, value: { kind, ...props } });
}

export function planAddDevice(s: EditSession, id: string, kind: DeviceKind, zone: string, props?: Props): void {
  if (!hasOwnKey(DEVICE_KINDS, kind)) return s.fail(`"${kind}" is not a device kind.`);
  if (!checkRef(s, zone, 'zone')) return;
  if (!checkNewId(s, id, 'device')) return;
  s.appendAt(s.src.root, 'devices', 'map', { key: id, value: { kind, zone, ...props } });
}

export function planAddConduit(s: EditSession, id: string, from: string, to: string, props?: Props): void {
  for (const end of [from, to]) if (!checkRef(s, end, 'zone')) return;
  if (from === to) return s.fail('A conduit joins two different zones.');
  if (!checkNewId(s, id, 'conduit')) return;
  s.appendAt(s.src.root, 'conduits', 'map', { key: id, value: { between: [from, to], ...props } });
}

/** True when `id` is a valid, unused id; reserves it. Otherwise records the error. */
export function checkNewId(s: EditSession, id: string, type: ElementType | 'flow'): boolean {
  const err = idError(id);
  if (err) return s.fail(err), false;
  if (usedIds(s.src).has(id) || s.reservedType(id) !== undefined) return s.fail(`The id "${id}" is already used.`), false;
  s.reserve(id, type);
  return true;
}

/**
 * True when `id` may be written as a reference to an existing `type` element: it follows the id rule
 * (an edit never spreads an invalid id, e.g. a quoted "" key, into references) and the element exists.
 * Otherwise records the error.
 */
export function checkRef(s: EditSession, id: string, type: ElementType): boolean {
  const err = formatIdError(id);
  if (err) return s.fail(err), false;
  if (!exists(s, id, type)) return s.fail(`There is no ${type} "${id}".`), false;
  return true;
}

/** The element exists in the text, or was created earlier in this session. */
export function exists(s: EditSession, id: string, type: ElementType): boolean {
  return findElement(s.src, id, type) !== undefined || s.reservedType(id) === type;
}

/** The element, written as a mapping; records an error otherwise. */
export function elementMap(s: EditSession, id: string, type: ElementType): ElementEntry | undefined {
  const e = findElement(s.src, id, type);
  if (!e) return s.fail(`There is no ${type} "${id}".`), undefined;
  if (!e.map) return s.fail(`The ${type} "${id}" has no properties to edit.`), undefined;
  return e;
}
