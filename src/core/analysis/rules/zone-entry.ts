// Entry threats on a zone: another factory on the WAN (D5, G2), and the WAN itself (D4, E1, G1, H1,
// I1, J1, K1) wherever it reaches the device the model adds (the analysis service, the remote-access
// server...). One instance per zone, however many anchor devices it reaches; measure 11 asks whether
// every route from that WAN to those devices is a VPN or crosses a closed network (route model).
import { WAN_ZONE_KINDS, type DeviceKind, type ZoneKind } from '../../model/kinds';
import type { Pair } from '../route-model';
import { nearestWans, wanPassable } from './path';
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

export function wanEntry(anchors: readonly DeviceKind[]): RuleFn {
  return (ctx, threat) => {
    const byWan = new Map<string, { devices: string[]; zones: Set<string> }>();
    for (const kind of anchors) {
      for (const d of ctx.index.devicesOfKind(kind)) {
        for (const wan of nearestWans(ctx, d.zone.value)) {
          const hit = byWan.get(wan) ?? { devices: [], zones: new Set<string>() };
          byWan.set(wan, hit);
          hit.devices.push(d.id);
          if (d.zone.value !== wan) hit.zones.add(d.zone.value);
        }
      }
    }
    const out: RawInstance[] = [];
    for (const [wan, hit] of [...byWan].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const z = ctx.index.zones.get(wan)!;
      const targets = [...hit.zones].sort();
      const key = `wan-entry:${wan}>${targets.join(',')}`;
      const pair: Pair = { key, sources: [wan], targets: new Set(targets), passable: wanPassable(ctx, WAN_ZONE_KINDS) };
      const first = targets.length > 0 ? ctx.routes.cut(pair).uncovered[0] : undefined;
      out.push({
        key: `${threat}@${wan}`,
        target: wan,
        targetType: 'zone',
        span: z.idSpan,
        devices: [...hit.devices].sort(),
        zones: [wan],
        route: first?.conduits ?? [],
        routeZones: first?.zones ?? [wan],
        from: wan,
        to: wan,
        wanZone: wan,
        ...(targets.length > 0 && { boundary: { pair, source: wan, target: targets[0], scope: { key, zones: new Set([wan, ...targets]) } } }),
      });
    }
    return out;
  };
}
