// Intrusion-path threats: a boundary crossed between two sides. Routes follow conduits through
// intermediate zones (an IoT network reaching control-info through another zone still carries A4);
// the finding sits on the last conduit before the protected side, the route goes with it.
import { WAN_ZONE_KINDS, type DeviceKind, type ZoneKind } from '../../model/kinds';
import type { Device } from '../../model/plant';
import type { Route, Search } from '../graph';
import type { RawInstance, RuleContext, RuleFn } from './rule';

/** Zone to zone (A4 IoT network -> control-info, B3/C3 information -> control-info). */
export function zonePath(from: readonly ZoneKind[], to: readonly ZoneKind[]): RuleFn {
  return (ctx, threat) => {
    const kindOf = (z: string): ZoneKind | undefined => ctx.index.zones.get(z)?.kind;
    const search: Search = {
      key: `zone-path:${from.join(',')}>${to.join(',')}`,
      isTarget: (z) => to.includes(kindOf(z)!),
      // Another source-side zone carries its own instance; do not route through it.
      passable: (z) => !from.includes(kindOf(z)!),
    };
    const out: RawInstance[] = [];
    for (const k of from) {
      for (const src of ctx.index.zonesOfKind(k)) {
        for (const [dst, r] of ctx.graph.routesFrom(src.id, search)) {
          if (dst === src.id) continue;
          out.push(pathInstance(ctx, `${threat}@${src.id}>${dst}`, r, [], src.id, dst, { a: src.id, b: dst, search }));
        }
      }
    }
    return out;
  };
}

/** The WAN to a device the model adds (D6 analysis service, E2/I2 remote-access server, G3, H2, J2, K2). */
export function wanToDevice(kinds: readonly DeviceKind[], wanKinds: readonly ZoneKind[] = WAN_ZONE_KINDS): RuleFn {
  return (ctx, threat) => {
    const isWan = (z: string): boolean => wanKinds.includes(ctx.index.zones.get(z)?.kind as ZoneKind);
    const search: Search = { key: `wan-near:${wanKinds.join(',')}`, isTarget: isWan, passable: (z) => !isControlZone(ctx, z) };
    return eachDevice(ctx, kinds, (d) =>
      [...ctx.graph.routesFrom(d.zone.value, search)].map(([wan, r]) => {
        const rev: Route = { conduits: [...r.conduits].reverse(), zones: [...r.zones].reverse() };
        const boundary = wan === d.zone.value ? undefined : { a: wan, b: d.zone.value, search };
        return pathInstance(ctx, `${threat}@${wan}>${d.id}`, rev, [d], wan, d.id, boundary);
      }),
    );
  };
}

/** A device to a zone (E4/I4 remote-access server -> control-info). */
export function deviceToZone(kinds: readonly DeviceKind[], to: readonly ZoneKind[]): RuleFn {
  return (ctx, threat) => {
    const search: Search = {
      key: `device-path:>${to.join(',')}`,
      isTarget: (z) => to.includes(ctx.index.zones.get(z)?.kind as ZoneKind),
    };
    return eachDevice(ctx, kinds, (d) =>
      [...ctx.graph.routesFrom(d.zone.value, search)].map(([dst, r]) => {
        const boundary = dst === d.zone.value ? undefined : { a: d.zone.value, b: dst, search };
        return pathInstance(ctx, `${threat}@${d.id}>${dst}`, r, [d], d.id, dst, boundary);
      }),
    );
  };
}

/** WAN-side searches do not cross the control network: an attacker there is another threat's concern. */
export function isControlZone(ctx: RuleContext, zoneId: string): boolean {
  const k = ctx.index.zones.get(zoneId)?.kind;
  return k === 'control-info' || k === 'control-field';
}

function eachDevice(ctx: RuleContext, kinds: readonly DeviceKind[], fn: (d: Device) => RawInstance[]): RawInstance[] {
  return kinds.flatMap((k) => ctx.index.devicesOfKind(k).flatMap(fn));
}

function pathInstance(
  ctx: RuleContext,
  key: string,
  r: Route,
  devices: readonly Device[],
  from: string,
  to: string,
  boundary: RawInstance['boundary'],
): RawInstance {
  const last = r.conduits[r.conduits.length - 1];
  const conduit = last === undefined ? undefined : ctx.index.conduits.get(last);
  // Without a conduit (both sides in one zone) the finding sits on the device.
  const anchor = conduit ?? devices[0] ?? ctx.index.zones.get(to)!;
  return {
    key,
    target: anchor.id,
    targetType: anchor.type,
    span: anchor.idSpan,
    devices: devices.map((d) => d.id),
    zones: [...new Set([r.zones[0], r.zones[r.zones.length - 1]])],
    route: r.conduits,
    routeZones: r.zones,
    from,
    to,
    boundary,
  };
}
