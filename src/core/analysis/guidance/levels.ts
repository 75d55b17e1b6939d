// Topology findings the report's reasoning supports beyond its tables (docs/analysis.md §6):
// - purdue-bypass: a zone of Purdue level 4-5 (enterprise, WAN) reaches level 0-1 (field) by a route
//   that crosses no level 3/3.5 zone (site operations, industrial DMZ): IEC 62443-3-2 zones and
//   conduits on the Purdue reference model; the report's models all attach to the control network's
//   information side, never to the field side (figs. 2, 8, 12, 17, 20, 22).
// - wireless-in-control: a wireless access point or a wireless zone inside a control network: §2.3.7
//   measure 4 (wireless is entered more easily than wired; isolate it with a firewall or DMZ) and
//   appendix ① (wireless technologies in the plant).
// - field-direct-conduit: a DMZ or a patch distribution server with a conduit straight into the field
//   side: §2.7 (fig. 20: patches reach the control network's information side through the DMZ) and §2.3.8
//   measure 9 (the DMZ separates the outside from the control network).
import type { Problem } from '../../diagnostics';
import { outsideName } from '../../l10n/analysis-text';
import { t } from '../../lsp/l10n';
import type { Cover, Pair } from '../route-model';
import type { GuidanceRule } from './context';
import { CONTROL_KINDS, isControl, isDmz } from './context';

export const purdueBypass: GuidanceRule = (ctx) => {
  const sources: string[] = [];
  const targets = new Set<string>();
  for (const z of ctx.index.zones.keys()) {
    const level = ctx.sides.level(z);
    if (level === undefined) continue;
    if (level >= 4) sources.push(z);
    else if (level <= 1) targets.add(z);
  }
  if (sources.length === 0 || targets.size === 0) return [];
  const pair: Pair = { key: 'purdue-4-5>0-1', sources, targets };
  const operations: Cover = {
    key: 'purdue-level-3',
    zone: (z) => {
      const l = ctx.sides.level(z);
      return l !== undefined && l >= 3 && l < 4 ? z : undefined;
    },
  };
  return ctx.routes.cut(pair, operations).uncovered.map((r): Problem => {
    const c = ctx.index.conduits.get(r.entry)!;
    const from = r.zones[0];
    const to = r.zones[r.zones.length - 1];
    return {
      code: 'purdue-bypass',
      severity: 'warning',
      message: t('Route {0} joins {1} (Purdue level {2}) to {3} (level {4}) without crossing a level 3 or 3.5 zone (site operations or industrial DMZ).', r.zones.join(' → '), from, ctx.sides.level(from)!, to, ctx.sides.level(to)!),
      span: c.idSpan,
      related: r.conduits.slice(0, -1).map((id) => ({ span: ctx.index.conduits.get(id)!.idSpan, message: t('route continues on {0}', id) })),
      data: { from, to, fromLevel: ctx.sides.level(from)!, toLevel: ctx.sides.level(to)!, route: r.conduits, routeZones: r.zones, target: c.id, targetType: 'conduit' },
    };
  });
};

export const wirelessInControl: GuidanceRule = (ctx) => {
  const out: Problem[] = [];
  for (const z of ctx.index.zones.values()) {
    if (!z.wireless || !isControl(ctx, z.id)) continue;
    out.push({
      code: 'wireless-in-control',
      severity: 'warning',
      message: t('Zone {0} is a wireless network ({1}) inside a control network: §2.3.7 measure 4 advises to isolate wireless networks with a firewall or DMZ and to monitor them.', z.id, z.wireless),
      span: z.idSpan,
      data: { zone: z.id, wireless: z.wireless, target: z.id, targetType: 'zone', ref: '§2.3.7' },
    });
  }
  for (const d of ctx.index.devicesOfKind('wireless-ap')) {
    const zone = d.zone.value;
    if (d.wired || !ctx.index.zones.has(zone) || !isControl(ctx, zone)) continue;
    const control = ctx.sides.rootOf(zone, CONTROL_KINDS)!;
    out.push({
      code: 'wireless-in-control',
      severity: 'warning',
      message: t('Wireless access point {0} sits inside control network {1}: §2.3.7 measure 4 advises to place wireless access in its own zone behind a firewall or DMZ, and to monitor it.', d.id, control),
      span: d.idSpan,
      data: { device: d.id, zone, control, target: d.id, targetType: 'device', ref: '§2.3.7' },
    });
  }
  return out;
};

export const fieldDirectConduit: GuidanceRule = (ctx) => {
  const out: Problem[] = [];
  const isField = (z: string): boolean => ctx.sides.counts(z, ['control-field']);
  /** The outside element on the conduit: `{ outside: 'dmz', dmz }` or `{ outside: 'patch-server', device }`. */
  const outside = (z: string): { outside: 'dmz'; dmz: string } | { outside: 'patch-server'; device: string } | undefined => {
    if (isField(z)) return undefined;
    if (isDmz(ctx, z)) return { outside: 'dmz', dmz: z };
    const patch = ctx.index.devicesIn(z).find((d) => d.kind === 'patch-server');
    return patch ? { outside: 'patch-server', device: patch.id } : undefined;
  };
  for (const c of [...ctx.index.conduits.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const [a, b] = [c.from.value, c.to.value];
    if (a === b || !ctx.index.zones.has(a) || !ctx.index.zones.has(b)) continue;
    const arcs = c.direction === 'one-way' ? [{ from: a, to: b }] : [{ from: a, to: b }, { from: b, to: a }];
    for (const arc of arcs) {
      const what = isField(arc.to) ? outside(arc.from) : undefined;
      if (!what) continue;
      out.push({
        code: 'field-direct-conduit',
        severity: 'warning',
        message: t('Conduit {0} joins {1} straight to the field side ({2}): route it through the control network (information side), as §2.7 and §2.3.8 measure 9 place it.', c.id, outsideName(what), arc.to),
        span: c.idSpan,
        data: { conduit: c.id, from: arc.from, to: arc.to, ...what, target: c.id, targetType: 'conduit' },
      });
      break;
    }
  }
  return out;
};
