// Declarations the topology contradicts: a DMZ that a route still bypasses, a filtering measure declared
// on a conduit with no filtering device.
import type { Problem } from '../../diagnostics';
import { measureKind } from '../evidence';
import type { GuidanceRule } from './context';
import { isDmz } from './context';

export const dmzBypassed: GuidanceRule = (ctx) => {
  const out: Problem[] = [];
  const seen = new Set<string>();
  for (const { inst, boundary: b } of ctx.instances) {
    if (!b) continue;
    const dmzIds = inst.measures.filter((m) => measureKind(m.id) === 9);
    if (dmzIds.length === 0) continue;
    const key = `${b.a}>${b.b}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const declared = dmzIds.some((m) => m.state === 'present' && m.evidence?.startsWith('declared'));
    const dmzOnRoute = [...ctx.index.zonesOfKind('dmz')].find(
      (x) =>
        !ctx.graph.everyRouteBlocked(b.a, x.id, b.search, { key: `avoid:${b.b}`, zone: (z) => z === b.b }) &&
        !ctx.graph.everyRouteBlocked(x.id, b.b, b.search, { key: `avoid:${b.a}`, zone: (z) => z === b.a }),
    );
    if (!declared && !dmzOnRoute) continue;
    const bypass = ctx.graph.routesFrom(b.a, {
      key: `${b.search.key}|no-dmz`,
      isTarget: b.search.isTarget,
      passable: (z) => !isDmz(ctx, z) && (b.search.passable?.(z) ?? true),
      usable: b.search.usable,
    }).get(b.b);
    if (!bypass) continue;
    const last = ctx.index.conduits.get(bypass.conduits[bypass.conduits.length - 1])!;
    const what = dmzOnRoute ? `DMZ ${dmzOnRoute.id}` : `the DMZ declared (${dmzIds.map((m) => `ID${m.id}`).join(', ')})`;
    out.push({
      code: 'dmz-bypassed',
      severity: dmzOnRoute ? 'error' : 'warning',
      message: `${what} between ${b.a} and ${b.b} is bypassed: route ${bypass.zones.join(' → ')} does not cross it.`,
      span: last.idSpan,
      related: [
        ...bypass.conduits.slice(0, -1).map((id) => ({ span: ctx.index.conduits.get(id)!.idSpan, message: `bypass continues on ${id}` })),
        ...(dmzOnRoute ? [{ span: dmzOnRoute.idSpan, message: `DMZ ${dmzOnRoute.id}` }] : []),
      ],
      data: { from: b.a, to: b.b, dmz: dmzOnRoute?.id, route: bypass.conduits, routeZones: bypass.zones, target: last.id, targetType: 'conduit', threat: inst.threat },
    });
  }
  return out;
};

export const filteringWithoutDevice: GuidanceRule = (ctx) => {
  const out: Problem[] = [];
  for (const m of ctx.index.plant.measures) {
    if (m.status !== 'implemented' || measureKind(m.measure.value) !== 8) continue;
    const c = ctx.index.conduits.get(m.target.value);
    if (!c || ctx.graph.filteringDevices(c).length > 0) continue;
    out.push({
      code: 'filtering-without-device',
      severity: 'warning',
      message: `ID${m.measure.value} is declared implemented on conduit ${c.id}, but no firewall or filtering switch/router is in its via.`,
      span: m.measure.span,
      related: [{ span: c.idSpan, message: `conduit ${c.id}` }],
      data: { measure: m.measure.value, conduit: c.id, target: c.id, targetType: 'conduit' },
    });
  }
  return out;
};
