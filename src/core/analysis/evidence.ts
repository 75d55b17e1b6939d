// Whether each countermeasure ID of a threat stands on one instance: declared on the right element, or
// shown by the topology (measure 8 filtering device on every route, 9 a DMZ every route crosses,
// 10 IDS/IPS on the boundary, 11 closed network or VPN on the WAN link).
import type { CountermeasureId } from '../catalog/types';
import type { Conduit, MeasureEntry } from '../model/plant';
import type { RawInstance, RuleContext } from './rules/rule';
import type { MeasureStatus } from './types';

export interface EvidenceOptions {
  readonly fewIotDevices: number;
  readonly manyIotDevices: number;
}

export function measureKind(id: string): number {
  return Number.parseInt(id, 10);
}

export function weigh(
  ctx: RuleContext,
  inst: RawInstance,
  ids: readonly string[],
  byId: ReadonlyMap<string, CountermeasureId>,
  opts: EvidenceOptions,
): MeasureStatus[] {
  // Device IDs stand on the device; network and boundary IDs on either zone or a conduit of the route.
  const anyTarget = inst.zones.length + inst.route.length > 0 ? [...inst.zones, ...inst.route, ...inst.devices] : inst.devices;
  const statuses = ids.map((id) => status(ctx, inst, id, byId.get(id)?.target.type === 'device' ? inst.devices : anyTarget));
  return statuses.map((s) => (s.state === 'present' ? s : { ...s, optional: optional(ctx, inst, s.id, statuses, opts) || undefined }));
}

function status(ctx: RuleContext, inst: RawInstance, id: string, targets: readonly string[]): MeasureStatus {
  let na: MeasureEntry | undefined;
  let planned: MeasureEntry | undefined;
  for (const t of targets) {
    for (const e of ctx.index.entries(t, id)) {
      if (e.status === 'implemented') return { id, state: 'present', evidence: `declared on ${t}` };
      if (e.status === 'not-applicable' && e.reason?.trim()) na ??= e;
      if (e.status === 'planned') planned ??= e;
    }
  }
  const shown = structural(ctx, inst, measureKind(id));
  if (shown) return { id, state: 'present', evidence: shown };
  if (na) return { id, state: 'not-applicable', reason: na.reason, evidence: `declared on ${na.target.value}` };
  if (planned) return { id, state: 'planned', evidence: `declared on ${planned.target.value}` };
  return { id, state: 'missing' };
}

function structural(ctx: RuleContext, inst: RawInstance, kind: number): string | undefined {
  const { graph, index } = ctx;
  const b = inst.boundary;
  if (kind === 8 && b) {
    const cut = graph.everyRouteBlocked(b.a, b.b, b.search, { key: 'filter', conduit: (c) => graph.filteringDevices(c).length > 0 });
    if (cut) return `filtering device on ${describeVia(ctx, inst.route, (c) => graph.filteringDevices(c).map((d) => d.id))}`;
  }
  if (kind === 9 && b) {
    const isDmz = (z: string): boolean => index.zones.get(z)?.kind === 'dmz';
    if (inst.routeZones.slice(1, -1).some(isDmz) && graph.everyRouteBlocked(b.a, b.b, b.search, { key: 'dmz', zone: isDmz })) {
      return `every route crosses DMZ ${inst.routeZones.filter(isDmz).join(', ')}`;
    }
  }
  if (kind === 10 && b) {
    const cut = graph.everyRouteBlocked(b.a, b.b, b.search, { key: 'detect', conduit: (c) => graph.detectionDevices(c).length > 0 });
    if (cut) return `IDS/IPS on ${describeVia(ctx, inst.route, (c) => graph.detectionDevices(c).map((d) => d.id))}`;
    for (const z of [b.a, b.b]) {
      const ids = index.devicesIn(z).filter((d) => d.kind === 'ids' || d.kind === 'ips');
      if (ids.length > 0) return `IDS/IPS ${ids[0].id} in ${z}`;
    }
  }
  if (kind === 11 && inst.wanZone) {
    const zone = index.zones.get(inst.wanZone);
    if (zone?.kind === 'closed-network') return `${zone.id} is a closed carrier network`;
    const links = graph.edges(inst.wanZone);
    if (links.length > 0 && links.every((e) => graph.isVpn(e.conduit))) return `every link of ${inst.wanZone} is a VPN`;
  }
  return undefined;
}

function describeVia(ctx: RuleContext, route: readonly string[], devices: (c: Conduit) => string[]): string {
  for (const id of route) {
    const c = ctx.index.conduits.get(id);
    const ds = c ? devices(c) : [];
    if (ds.length > 0) return `${id} (${ds.join(', ')})`;
  }
  return 'every route';
}

/**
 * §2.3.8 conditions on the boundary into the control network: filtering (8) may be skipped when the IoT
 * devices behind it are few and the communications are clear (6 present); a DMZ (9) is expected when
 * the control network is critical; IDS/IPS (10) when IoT devices are very many.
 */
function optional(ctx: RuleContext, inst: RawInstance, id: string, all: readonly MeasureStatus[], opts: EvidenceOptions): boolean {
  const b = inst.boundary;
  if (!b || ctx.index.zones.get(b.b)?.kind !== 'control-info') return false;
  const iot = ctx.index.zones.get(b.a)?.kind === 'iot-network' ? ctx.index.iotDevicesIn(b.a) : 0;
  switch (measureKind(id)) {
    case 8: {
      const commsClear = all.some((s) => measureKind(s.id) === 6 && s.state === 'present');
      return ctx.index.zones.get(b.a)?.kind === 'iot-network' && iot <= opts.fewIotDevices && commsClear;
    }
    case 9:
      return ctx.index.zones.get(b.b)?.critical !== true;
    case 10:
      return iot < opts.manyIotDevices;
    default:
      return false;
  }
}
