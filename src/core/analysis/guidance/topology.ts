// Topology rules: a WAN joined to a control network with no filtering device on the way; a data flow no
// conduit carries; a conduit no flow uses (measure 6, inventory of communications); an IPS where an
// interruption may not be acceptable (§2.3.8).
import { WAN_ZONE_KINDS } from '../../model/kinds';
import type { Problem } from '../../diagnostics';
import type { GuidanceRule } from './context';
import { isControl } from './context';

export const wanUnfiltered: GuidanceRule = (ctx) => {
  const out: Problem[] = [];
  const isWan = (z: string): boolean => WAN_ZONE_KINDS.includes(ctx.index.zones.get(z)!.kind);
  for (const w of ctx.index.zones.values()) {
    if (!WAN_ZONE_KINDS.includes(w.kind)) continue;
    const routes = ctx.graph.routesFrom(w.id, {
      key: 'wan-control-unfiltered',
      isTarget: (z) => isControl(ctx, z),
      passable: (z) => !isWan(z),
      usable: (c) => ctx.graph.filteringDevices(c).length === 0,
    });
    for (const [ctrl, r] of routes) {
      const first = ctx.index.conduits.get(r.conduits[0])!;
      out.push({
        code: 'wan-unfiltered',
        severity: 'warning',
        message: `${w.id} (${w.kind}) reaches control network ${ctrl} with no filtering device on the way (${r.zones.join(' → ')}).`,
        span: first.idSpan,
        related: r.conduits.slice(1).map((id) => ({ span: ctx.index.conduits.get(id)!.idSpan, message: `route continues on ${id}` })),
        data: { wan: w.id, control: ctrl, route: r.conduits, routeZones: r.zones, target: first.id, targetType: 'conduit' },
      });
    }
  }
  return out;
};

export const flowRules: GuidanceRule = (ctx) => {
  const out: Problem[] = [];
  const used = new Set<string>();
  for (const f of ctx.index.plant.flows) {
    const a = ctx.index.devices.get(f.from.value)?.zone.value;
    const b = ctx.index.devices.get(f.to.value)?.zone.value;
    if (a === undefined || b === undefined || !ctx.index.zones.has(a) || !ctx.index.zones.has(b)) continue; // validation
    const r = ctx.graph.routeBetween(a, b);
    if (r) for (const c of r.conduits) used.add(c);
    else
      out.push({
        code: 'flow-without-conduit',
        severity: 'warning',
        message: `Flow ${f.id} goes from ${a} to ${b} but no conduit joins these zones.`,
        span: f.span,
        data: { flow: f.id, from: a, to: b },
      });
  }
  if (ctx.index.plant.flows.length === 0) return out; // flows not modelled: nothing to say about conduits
  for (const c of ctx.index.conduits.values()) {
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
