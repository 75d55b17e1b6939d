// Topology rules: a WAN joined to a control network with no filtering device on the way; a data flow no
// conduit carries (in its direction); a conduit no flow uses (measure 6, inventory of communications);
// an IPS where an interruption may not be acceptable (§2.3.8).
import { WAN_ZONE_KINDS } from '../../model/kinds';
import { lazyProblem, type Problem } from '../../diagnostics';
import { t } from '../../lsp/l10n';
import { filteringDevices } from '../covers';
import type { Cover } from '../route-model';
import type { GuidanceRule } from './context';
import { CONTROL_KINDS, isControl } from './context';

export const wanUnfiltered: GuidanceRule = (ctx) => {
  const out: Problem[] = [];
  const isWan = (z: string): boolean => WAN_ZONE_KINDS.includes(ctx.index.zones.get(z)!.kind);
  const targets = new Set<string>();
  for (const r of ctx.sides.roots([...CONTROL_KINDS])) for (const z of ctx.sides.side(r.id)) targets.add(z);
  const filter: Cover = { key: 'structural-filter', conduit: (c) => (filteringDevices(ctx.index, c).length > 0 ? c.id : undefined) };
  for (const w of [...ctx.index.zones.values()].filter((z) => isWan(z.id)).sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (targets.has(w.id)) continue;
    const cut = ctx.routes.cut({ key: `wan-control:${w.id}`, sources: [w.id], targets, passable: (z) => !isWan(z) && !targets.has(z) }, filter);
    // One finding per control network entered, on the WAN's first conduit of the shortest unfiltered route.
    const byRoot = new Map<string, (typeof cut.uncovered)[number]>();
    for (const r of cut.uncovered) {
      const root = ctx.sides.rootOf(r.zones[r.zones.length - 1], [...CONTROL_KINDS])!;
      if (!byRoot.has(root)) byRoot.set(root, r);
    }
    for (const [ctrl, r] of byRoot) {
      const first = ctx.index.conduits.get(r.conduits[0])!;
      // Worded on first read (a meshed plant has thousands; the output lists 200).
      out.push(lazyProblem({ code: 'wan-unfiltered', severity: 'warning', span: first.idSpan }, () => ({
        message: `${w.id} (${w.kind}) reaches control network ${ctrl} with no filtering device on the way (${r.zones.join(' → ')}).`,
        related: r.conduits.slice(1).map((id) => ({ span: ctx.index.conduits.get(id)!.idSpan, message: `route continues on ${id}` })),
        data: { wan: w.id, control: ctrl, route: r.conduits, routeZones: r.zones, target: first.id, targetType: 'conduit' },
      })));
    }
  }
  return out;
};

/**
 * Measure 6 (inventory of communications): a flow travels along the shortest routes (in its
 * direction; a two-way flow also back) between the zones of its devices; a conduit on none of them
 * carries no declared flow. Adding a parallel conduit never makes another conduit used or unused.
 * O(zones + conduits) per distinct sending zone.
 */
export const flowRules: GuidanceRule = (ctx) => {
  const out: Problem[] = [];
  const used = new Set<string>();
  const bySource = new Map<string, Set<string>>();
  const need = (a: string, b: string) => {
    const set = bySource.get(a);
    if (set) set.add(b);
    else bySource.set(a, new Set([b]));
  };
  const zoneOf = (id: string) => ctx.index.devices.get(id)?.zone.value;
  for (const f of ctx.index.plant.flows) {
    const a = zoneOf(f.from.value);
    const b = zoneOf(f.to.value);
    if (a === undefined || b === undefined || !ctx.index.zones.has(a) || !ctx.index.zones.has(b)) continue; // validation
    need(a, b);
    if (f.direction !== 'one-way') need(b, a);
  }
  const reached = new Map<string, ReadonlyMap<string, number>>();
  for (const [a, bs] of [...bySource].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const dist = distances(ctx, a);
    reached.set(a, dist);
    markShortest(ctx, dist, [...bs].filter((b) => dist.has(b)), used);
  }
  for (const f of ctx.index.plant.flows) {
    const a = zoneOf(f.from.value);
    const b = zoneOf(f.to.value);
    if (a === undefined || b === undefined || !ctx.index.zones.has(a) || !ctx.index.zones.has(b)) continue;
    const there = reached.get(a)?.has(b) ?? false;
    const back = f.direction === 'one-way' || (reached.get(b)?.has(a) ?? false);
    if (there && back) continue;
    out.push({
      code: 'flow-without-conduit',
      severity: 'warning',
      message:
        !there && !(reached.get(b)?.has(a) ?? false)
          ? `Flow ${f.id} goes from ${a} to ${b} but no conduit joins these zones.`
          : t('Flow {0} goes from {1} to {2} but the conduits carry traffic only {3}: a one-way conduit is in the way (or say direction: one-way on the flow).', f.id, a, b, there ? t('from {0} to {1}', a, b) : t('from {0} to {1}', b, a)),
      span: f.span,
      // oneWay: one direction is carried; forward: it is from -> to (else to -> from).
      data: { flow: f.id, from: a, to: b, oneWay: there || (reached.get(b)?.has(a) ?? false), forward: there },
    });
  }
  if (ctx.index.plant.flows.length === 0) return out; // flows not modelled: nothing to say about conduits
  for (const c of [...ctx.index.conduits.values()].sort((x, y) => (x.id < y.id ? -1 : 1))) {
    if (used.has(c.id) || c.from.value === c.to.value) continue;
    out.push({
      code: 'conduit-unused',
      severity: 'info',
      message: `No data flow uses conduit ${c.id} (${c.from.value} – ${c.to.value}); measure 6: list the communications it must carry or remove it.`,
      span: c.idSpan,
      tags: ['unnecessary'],
      data: { conduit: c.id, target: c.id, targetType: 'conduit' },
    });
  }
  return out;
};

/** Breadth-first distances (in conduits) from a zone along the arcs. */
function distances(ctx: Parameters<GuidanceRule>[0], start: string): Map<string, number> {
  const dist = new Map([[start, 0]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const d = dist.get(queue[i])! + 1;
    for (const arc of ctx.routes.arcsFrom(queue[i])) {
      ctx.routes.work++;
      if (dist.has(arc.to)) continue;
      dist.set(arc.to, d);
      queue.push(arc.to);
    }
  }
  return dist;
}

/** Marks every conduit on some shortest route to the ends: a backward walk over the shortest-route arcs. */
function markShortest(ctx: Parameters<GuidanceRule>[0], dist: ReadonlyMap<string, number>, ends: readonly string[], used: Set<string>): void {
  const seen = new Set(ends);
  const stack = [...ends];
  while (stack.length > 0) {
    const v = stack.pop()!;
    const dv = dist.get(v)!;
    for (const arc of ctx.routes.arcsInto(v)) {
      ctx.routes.work++;
      if (dist.get(arc.from) !== dv - 1) continue;
      used.add(arc.conduit.id);
      if (!seen.has(arc.from)) {
        seen.add(arc.from);
        stack.push(arc.from);
      }
    }
  }
}

export const ipsAvailability: GuidanceRule = (ctx) => {
  const out: Problem[] = [];
  for (const ips of ctx.index.devicesOfKind('ips')) {
    const zones = new Set([ips.zone.value]);
    for (const c of ctx.index.conduits.values()) {
      if (c.via.some((v) => v.value === ips.id)) zones.add(c.from.value).add(c.to.value);
    }
    const critical = [...zones].filter((z) => ctx.index.zones.get(z)?.critical && isControl(ctx, z));
    if (critical.length === 0) continue;
    out.push({
      code: 'ips-availability',
      severity: 'warning',
      message: `IPS ${ips.id} can block traffic of critical control network ${critical.join(', ')}; §2.3.8: use an IPS only where a short interruption is acceptable, an IDS otherwise.`,
      span: ips.idSpan,
      data: { device: ips.id, zones: critical, target: ips.id, targetType: 'device' },
    });
  }
  return out;
};
