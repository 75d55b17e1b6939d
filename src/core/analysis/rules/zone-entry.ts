// Entry threats on a zone: another factory on the WAN (D5, G2), and the WAN itself (D4, E1, G1, H1,
// I1, J1, K1) wherever it reaches the device the model adds (the analysis service, the remote-access
// server...). One instance per zone, however many anchor devices it reaches.
import { WAN_ZONE_KINDS, type DeviceKind, type ZoneKind } from '../../model/kinds';
import type { Search } from '../graph';
import { isControlZone } from './path';
import type { RawInstance, RuleFn } from './rule';

export function zoneEntry(kinds: readonly ZoneKind[]): RuleFn {
  return (ctx, threat) =>
    kinds.flatMap((k) =>
      ctx.index.zonesOfKind(k).map((z) => ({
        key: `${threat}@${z.id}`,
        target: z.id,
        targetType: 'zone' as const,
        span: z.idSpan,
        devices: [],
        zones: [z.id],
        route: [],
        routeZones: [z.id],
        from: z.id,
        to: z.id,
      })),
    );
}

/** A search for the WAN zones nearest to a zone (not crossing another WAN). */
export function wanSearch(isWan: (zoneId: string) => boolean, passable: (zoneId: string) => boolean): Search {
  return { key: 'nearest-wan', isTarget: isWan, passable };
}

export function wanEntry(anchors: readonly DeviceKind[]): RuleFn {
  return (ctx, threat) => {
    const isWan = (z: string): boolean => WAN_ZONE_KINDS.includes(ctx.index.zones.get(z)?.kind as ZoneKind);
    const search = wanSearch(isWan, (z) => !isControlZone(ctx, z));
    const byZone = new Map<string, { devices: string[]; route: readonly string[]; routeZones: readonly string[] }>();
    for (const kind of anchors) {
      for (const d of ctx.index.devicesOfKind(kind)) {
        for (const [wan, r] of ctx.graph.routesFrom(d.zone.value, search)) {
          const hit = byZone.get(wan);
          if (hit) hit.devices.push(d.id);
          // Route reads from the WAN towards the anchor.
          else byZone.set(wan, { devices: [d.id], route: [...r.conduits].reverse(), routeZones: [...r.zones].reverse() });
        }
      }
    }
    const out: RawInstance[] = [];
    for (const [wan, hit] of byZone) {
      const z = ctx.index.zones.get(wan)!;
      out.push({
        key: `${threat}@${wan}`,
        target: wan,
        targetType: 'zone',
        span: z.idSpan,
        devices: hit.devices,
        zones: [wan],
        route: hit.route,
        routeZones: hit.routeZones,
        from: wan,
        to: wan,
        wanZone: wan,
      });
    }
    return out;
  };
}
