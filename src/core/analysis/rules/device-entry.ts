// Entry threats on a device (A1 IoT device, A3 gateway, B1 viewer, E3 remote-access server...): one
// instance per device entry (a group with count is one instance).
import type { DeviceKind } from '../../model/kinds';
import type { Device } from '../../model/plant';
import type { RawInstance, RuleContext, RuleFn } from './rule';

export function deviceEntry(kinds: readonly DeviceKind[], accept?: (d: Device, ctx: RuleContext) => boolean): RuleFn {
  return (ctx, threat) => {
    const out: RawInstance[] = [];
    for (const kind of kinds) {
      for (const d of ctx.index.devicesOfKind(kind)) {
        if (accept && !accept(d, ctx)) continue;
        out.push(onDevice(threat, d));
      }
    }
    return out;
  };
}

export function onDevice(threat: string, d: Device): RawInstance {
  return {
    key: `${threat}@${d.id}`,
    target: d.id,
    targetType: 'device',
    span: d.idSpan,
    devices: [d.id],
    zones: [d.zone.value],
    route: [],
    routeZones: [d.zone.value],
    from: d.id,
    to: d.id,
  };
}

/** Wireless entry (A2/D2/F2 on gateways): the gateway, its zone, a conduit into it or a device beside it is wireless. */
export function isWirelessReachable(d: Device, ctx: RuleContext): boolean {
  if (d.wireless) return true;
  const zone = d.zone.value;
  if (ctx.index.zones.get(zone)?.wireless) return true;
  if (ctx.graph.edges(zone).some((e) => e.conduit.wireless)) return true;
  return ctx.index.devicesIn(zone).some((o) => o.wireless !== undefined && (o.kind === 'iot-device' || o.kind === 'wireless-ap'));
}
