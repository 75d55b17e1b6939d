// Intrusion-path threats: a boundary between two sides, answered by the route model over every route
// (docs/analysis.md §2). One instance per (source side, protected side) pair that some route joins; the
// finding is placed on an uncovered entry conduit once the evidence is weighed (analyze.ts).
import { WAN_ZONE_KINDS, type DeviceKind, type ZoneKind } from '../../model/kinds';
import type { Device } from '../../model/plant';
import type { Pair, PairGroup } from '../route-model';
import type { Boundary, RawInstance, RuleContext, RuleFn } from './rule';

const CONTROL: readonly ZoneKind[] = ['control-info', 'control-field'];

/** Zone side to zone side (A4 IoT network -> control-info, B3/C3 information -> control-info). */
export function zonePath(from: readonly ZoneKind[], to: readonly ZoneKind[]): RuleFn {
  return (ctx, threat) => {
    const targetRoot = sideMap(ctx, to);
    const passable = (z: string): boolean => !targetRoot.has(z);
    const memberOf = membersOf(ctx, to);
    const out: RawInstance[] = [];
    for (const src of ctx.sides.roots(from)) {
      const inside = targetRoot.get(src.id);
      if (inside !== undefined) {
        // The source side sits inside the protected side: no boundary, the finding goes on the zone.
        out.push(sameZone(ctx, `${threat}@${src.id}>${inside}`, src.id, inside, [], src.id, inside));
        continue;
      }
      const sources = [...ctx.sides.side(src.id)].filter((z) => !targetRoot.has(z));
      const shared = sharedSearch(`zone-path:${to.join(',')}:${src.id}`, `sides:${to.join(',')}`, sources, memberOf);
      for (const root of reachedRoots(ctx, `zone-path:${to.join(',')}`, sources, targetRoot, passable)) {
        const b = boundary(`zone-path:${to.join(',')}:${src.id}>${root}`, sources, src.id, root, ctx.sides.side(root), passable, shared);
        out.push(pathInstance(ctx, `${threat}@${src.id}>${root}`, b, [], src.id, root));
      }
    }
    return out;
  };
}

/** The WAN to a device the model adds (D6 analysis service, E2/I2 remote-access server, G3, H2, J2, K2). */
export function wanToDevice(kinds: readonly DeviceKind[], wanKinds: readonly ZoneKind[] = WAN_ZONE_KINDS): RuleFn {
  return (ctx, threat) =>
    eachDevice(ctx, kinds, (d) => {
      const zone = d.zone.value;
      return nearestWans(ctx, zone, wanKinds).map((wan) => {
        if (wan === zone) return sameZone(ctx, `${threat}@${wan}>${d.id}`, wan, zone, [d]);
        const b = boundary(`wan-device:${wanKinds.join(',')}:${wan}>${zone}`, [wan], wan, zone, new Set([zone]), wanPassable(ctx, wanKinds));
        return pathInstance(ctx, `${threat}@${wan}>${d.id}`, b, [d], wan, d.id);
      });
    });
}

/** A device to a zone side (E4/I4 remote-access server -> control-info). */
export function deviceToZone(kinds: readonly DeviceKind[], to: readonly ZoneKind[]): RuleFn {
  return (ctx, threat) => {
    const targetRoot = sideMap(ctx, to);
    const passable = (z: string): boolean => !targetRoot.has(z);
    const memberOf = membersOf(ctx, to);
    const searches = new Map<string, SharedSearch>();
    return eachDevice(ctx, kinds, (d) => {
      const zone = d.zone.value;
      const inside = targetRoot.get(zone);
      if (inside !== undefined) return [sameZone(ctx, `${threat}@${d.id}>${inside}`, zone, inside, [d], d.id, inside)];
      let shared = searches.get(zone);
      if (!shared) searches.set(zone, (shared = sharedSearch(`device-path:${to.join(',')}:${zone}`, `sides:${to.join(',')}`, [zone], memberOf)));
      return reachedRoots(ctx, `device-path:${to.join(',')}`, [zone], targetRoot, passable).map((root) => {
        const b = boundary(`device-path:${to.join(',')}:${zone}>${root}`, [zone], zone, root, ctx.sides.side(root), passable, shared);
        return pathInstance(ctx, `${threat}@${d.id}>${root}`, b, [d], d.id, root);
      });
    });
  };
}

/** WAN zones from which a zone is reached without crossing another WAN or a control network, sorted. */
export function nearestWans(ctx: RuleContext, zoneId: string, wanKinds: readonly ZoneKind[] = WAN_ZONE_KINDS): string[] {
  if (!ctx.index.zones.has(zoneId)) return [];
  const isWan = (z: string): boolean => wanKinds.includes(ctx.index.zones.get(z)!.kind);
  if (isWan(zoneId)) return [zoneId];
  const reached = ctx.routes.reach(`nearest-wan:${wanKinds.join(',')}`, [zoneId], { backward: true, stop: isWan, passable: wanPassable(ctx, wanKinds) });
  return [...reached].filter(isWan).sort();
}

/** WAN-side searches cross neither another WAN nor a control network (an attacker there is another threat's concern). */
export function wanPassable(ctx: RuleContext, wanKinds: readonly ZoneKind[]): (z: string) => boolean {
  return (z) => !wanKinds.includes(ctx.index.zones.get(z)!.kind) && !ctx.sides.counts(z, CONTROL);
}

export function isControlZone(ctx: RuleContext, zoneId: string): boolean {
  return ctx.sides.counts(zoneId, CONTROL);
}

/** One search from a source side serves its pairs into every side of the target kinds (route-model.ts PairGroup). */
interface SharedSearch {
  readonly group: PairGroup;
  /** Names the target kinds (the sides and the passable predicate every member shares). */
  readonly sidesKey: string;
  /** Declarations count on the source side and on every target side: each pair's search only evaluates zones of its own two sides there. */
  readonly coverScope: { readonly key: string; readonly zones: ReadonlySet<string> };
}

function sharedSearch(key: string, sidesKey: string, sources: readonly string[], memberOf: ReadonlyMap<string, readonly string[]>): SharedSearch {
  return { group: { key, memberOf, sidesKey }, sidesKey, coverScope: { key, zones: new Set([...sources, ...memberOf.keys()]) } };
}

/** Zone id -> the roots (of these kinds) whose side holds it: the members of a shared search. */
function membersOf(ctx: RuleContext, kinds: readonly ZoneKind[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of ctx.sides.roots(kinds)) {
    for (const z of ctx.sides.side(r.id)) {
      const list = out.get(z);
      if (list) list.push(r.id);
      else out.set(z, [r.id]);
    }
  }
  return out;
}

/** Zone id -> the root of the side (of these kinds) holding it. */
function sideMap(ctx: RuleContext, kinds: readonly ZoneKind[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of ctx.sides.roots(kinds)) for (const z of ctx.sides.side(r.id)) if (!out.has(z)) out.set(z, r.id);
  return out;
}

function reachedRoots(
  ctx: RuleContext,
  key: string,
  sources: readonly string[],
  targetRoot: ReadonlyMap<string, string>,
  passable: (z: string) => boolean,
): string[] {
  const reached = ctx.routes.reach(key, sources, { stop: (z) => targetRoot.has(z), passable });
  const roots = new Set<string>();
  for (const z of reached) {
    const r = targetRoot.get(z);
    if (r !== undefined) roots.add(r);
  }
  return [...roots].sort();
}

function boundary(
  key: string,
  sources: readonly string[],
  source: string,
  target: string,
  targets: ReadonlySet<string>,
  passable: (z: string) => boolean,
  shared?: SharedSearch,
): Boundary {
  const pair: Pair = { key, sources, targets, passable, ...(shared && { group: shared.group, member: target, intoKey: `${shared.sidesKey}>${target}` }) };
  return { pair, source, target, scope: { key, zones: new Set([...sources, ...targets]) }, ...(shared && { coverScope: shared.coverScope }) };
}

function eachDevice(ctx: RuleContext, kinds: readonly DeviceKind[], fn: (d: Device) => RawInstance[]): RawInstance[] {
  return kinds.flatMap((k) => ctx.index.devicesOfKind(k).filter((d) => ctx.index.zones.has(d.zone.value)).flatMap(fn));
}

/** A path instance placed, for now, on the entry conduit of the shortest route (analyze.ts re-places it). */
function pathInstance(ctx: RuleContext, key: string, b: Boundary, devices: readonly Device[], from: string, to: string): RawInstance {
  const r = ctx.routes.cut(b.pair).uncovered[0];
  const conduit = ctx.index.conduits.get(r.entry)!;
  return {
    key,
    target: conduit.id,
    targetType: 'conduit',
    span: conduit.idSpan,
    devices: devices.map((d) => d.id),
    zones: [b.source, b.target],
    route: r.conduits,
    routeZones: r.zones,
    from,
    to,
    boundary: b,
  };
}

/** Both ends in one side: no conduit to cross, so the finding sits on the device or the zone. */
function sameZone(ctx: RuleContext, key: string, a: string, b: string, devices: readonly Device[], from = a, to = devices[0]?.id ?? b): RawInstance {
  const anchor = devices[0] ?? ctx.index.zones.get(a)!;
  return {
    key,
    target: anchor.id,
    targetType: anchor.type,
    span: anchor.idSpan,
    devices: devices.map((d) => d.id),
    zones: [...new Set([a, b])],
    route: [],
    routeZones: [a],
    from,
    to,
  };
}
