// Structural countermeasures on a conduit: a filtering/detection device on it (measures 8, 10)
// and a DMZ in the middle of it (measure 9).
import type { Node } from 'yaml';
import { EXTERNAL_ZONE_KINDS, type ZoneKind } from '../model/kinds';
import { elementMap, planAddConduit, planAddDevice, planAddZone } from './elements';
import { freshId } from './ids';
import { findElement, prop, type ElementEntry } from './plant-index';
import { runEdit, type EditSession } from './session';
import { asSeq, findPair, scalarString } from './source';
import type { EditResult } from './text-edit';

export interface FilteringDeviceOptions {
  /** Default: a fresh id like "fw-<conduit>". */
  readonly deviceId?: string;
  readonly kind?: 'firewall' | 'ids' | 'ips';
  /** Default: the inner (control) side of the conduit. */
  readonly zone?: string;
}

export interface DmzOptions {
  readonly zoneId?: string;
  readonly relayId?: string;
  readonly firewallId?: string;
  /** Id of the new DMZ-to-inner conduit. */
  readonly innerConduitId?: string;
}

/** How far inside the plant a zone kind sits; the firewall goes on the higher side. */
const INNERNESS: Partial<Record<ZoneKind, number>> = {
  'control-field': 6,
  'control-info': 5,
  'robot-network': 4,
  'iot-network': 3,
  information: 2,
  generic: 2,
  dmz: 1,
};

/** Adds a firewall/IDS/IPS in one of the conduit's zones and lists it in the conduit's `via`. */
export function insertFilteringDevice(text: string, conduitId: string, opts: FilteringDeviceOptions = {}): EditResult {
  return runEdit(text, (s) => planFilteringDevice(s, conduitId, opts));
}

export function planFilteringDevice(s: EditSession, conduitId: string, opts: FilteringDeviceOptions = {}): string | undefined {
  const conduit = elementMap(s, conduitId, 'conduit');
  if (!conduit) return undefined;
  const ends = endNodes(conduit);
  if (!ends) return void s.fail(`The conduit "${conduitId}" does not name its two zones.`);
  const kind = opts.kind ?? 'firewall';
  const zone = opts.zone ?? sides(s, ends)[1].id;
  const id = opts.deviceId ?? freshId(s, `${kind === 'firewall' ? 'fw' : kind}-${conduitId}`);
  planAddDevice(s, id, kind, zone);
  s.appendAt(conduit.map, 'via', 'seq', { value: id }, true);
  return id;
}

/**
 * Puts a DMZ (zone of kind dmz with a relay server and a firewall) in the middle of a conduit.
 * The conduit keeps its id, comments and other properties but now joins the outer zone to the DMZ;
 * a new conduit joins the DMZ to the inner zone. Both list the firewall in `via`, so no direct
 * path remains (a direct conduit left beside a DMZ would bypass it).
 */
export function insertDmz(text: string, conduitId: string, opts: DmzOptions = {}): EditResult {
  return runEdit(text, (s) => planDmz(s, conduitId, opts));
}

export function planDmz(s: EditSession, conduitId: string, opts: DmzOptions = {}): void {
  const conduit = elementMap(s, conduitId, 'conduit');
  if (!conduit) return;
  const ends = endNodes(conduit);
  if (!ends) return s.fail(`The conduit "${conduitId}" does not name its two zones.`);
  const [, inner] = sides(s, ends);
  if (ends.some((e) => kindOf(s, e.id) === 'dmz')) return s.fail(`"${conduitId}" already ends in a DMZ.`);
  const dmz = opts.zoneId ?? freshId(s, 'dmz');
  planAddZone(s, dmz, 'dmz', { parent: inner.id }); // nested: its conduits stand for the inner zone's boundary
  const relay = opts.relayId ?? freshId(s, `relay-${dmz}`);
  planAddDevice(s, relay, 'relay-server', dmz);
  const fw = opts.firewallId ?? freshId(s, `fw-${dmz}`);
  planAddDevice(s, fw, 'firewall', dmz);
  s.replaceScalar(inner.node, dmz);
  s.appendAt(conduit.map, 'via', 'seq', { value: fw }, true);
  planAddConduit(s, opts.innerConduitId ?? freshId(s, `${dmz}-${inner.id}`), dmz, inner.id, { via: [fw] });
}

interface End {
  readonly id: string;
  readonly node: Node;
}

/** The nodes naming the conduit's two zones (`between: [a, b]` or `from:`/`to:`). */
function endNodes(conduit: ElementEntry): [End, End] | undefined {
  const map = conduit.map!;
  const between = asSeq(findPair(map, 'between')?.value);
  const nodes = between ? between.items.slice(0, 2) : [findPair(map, 'from')?.value, findPair(map, 'to')?.value];
  const ends = nodes.map((n) => ({ id: scalarString(n), node: n as Node }));
  if (ends.length < 2 || ends.some((e) => e.id === undefined || !e.node?.range)) return undefined;
  return ends as [End, End];
}

/** [outer, inner]; on a tie the second zone named is the inner one. */
function sides(s: EditSession, [a, b]: [End, End]): [End, End] {
  return rank(s, a.id) > rank(s, b.id) ? [b, a] : [a, b];
}

function kindOf(s: EditSession, zoneId: string): string | undefined {
  return prop(findElement(s.src, zoneId, 'zone')?.map, 'kind');
}

function rank(s: EditSession, zoneId: string): number {
  const zone = findElement(s.src, zoneId, 'zone');
  const kind = prop(zone?.map, 'kind') as ZoneKind | undefined;
  const base = kind === undefined || EXTERNAL_ZONE_KINDS.includes(kind) ? 0 : (INNERNESS[kind] ?? 2);
  return base * 2 + (zone?.map?.get('critical') === true ? 1 : 0);
}
