// §3.2.2 LPWA (LoRaWAN) and §3.2.3 Local 5G: separate the wireless equipment from the existing
// equipment (a DMZ on the interface), filter and limit direction, authenticate devices.
import type { Problem } from '../../diagnostics';
import type { WirelessTech } from '../../model/kinds';
import type { GuidanceContext, GuidanceRule } from './context';
import { CONTROL_KINDS, dmzCover, isControl, toControl } from './context';

const ADVICE: Partial<Record<WirelessTech, { code: string; ref: string; text: string }>> = {
  lorawan: {
    code: 'wireless-lorawan',
    ref: '§3.2.2',
    text: 'limit the direction to sensor → gateway, filter unregistered devices at the LoRaWAN gateway / network server, lock the enclosures, manage admin accounts and known vulnerabilities, and separate the LoRaWAN equipment from existing equipment with a DMZ',
  },
  'local-5g': {
    code: 'wireless-local-5g',
    ref: '§3.2.3',
    text: 'use the core’s authentication (SIM and IMEI), protect SIM cards against theft, harden the base station and core, and separate the Local 5G equipment from existing equipment with a DMZ',
  },
};

export const wirelessGuidance: GuidanceRule = (ctx) => {
  // Zones using the technology: declared on the zone, on a device in it, or on a conduit into it.
  const zones = new Map<string, WirelessTech>();
  for (const z of ctx.index.zones.values()) if (z.wireless && ADVICE[z.wireless]) zones.set(z.id, z.wireless);
  for (const d of ctx.index.devices.values()) {
    if (d.wireless && ADVICE[d.wireless] && ctx.index.zones.has(d.zone.value) && !zones.has(d.zone.value)) zones.set(d.zone.value, d.wireless);
  }
  const out: Problem[] = [];
  for (const [zoneId, tech] of zones) {
    const advice = ADVICE[tech]!;
    const zone = ctx.index.zones.get(zoneId)!;
    const unseparated = reachedControlWithoutDmz(ctx, zoneId);
    const head = unseparated.length
      ? `${zoneId} uses ${tech} and reaches ${unseparated.join(', ')} without a DMZ`
      : `${zoneId} uses ${tech}`;
    out.push({
      code: advice.code,
      severity: unseparated.length ? 'warning' : 'info',
      message: `${head}: ${advice.ref} advises to ${advice.text}.`,
      span: zone.idSpan,
      data: { zone: zoneId, wireless: tech, ref: advice.ref, unseparated },
    });
  }
  return out;
};

/** Control networks some route from the zone enters without crossing a DMZ (route model, every route). */
function reachedControlWithoutDmz(ctx: GuidanceContext, zoneId: string): string[] {
  if (isControl(ctx, zoneId)) return [ctx.sides.rootOf(zoneId, CONTROL_KINDS)!];
  const cut = ctx.routes.cut(toControl(ctx, zoneId), dmzCover(ctx));
  return [...new Set(cut.uncovered.map((r) => ctx.sides.rootOf(r.zones[r.zones.length - 1], CONTROL_KINDS)!))].sort();
}
