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

/**
 * Wireless entry (A2/D2/F2 on gateways, §2.3.7 measure 4): the gateway has a radio, a conduit into its
 * zone is wireless, or a wireless IoT device or access point sits beside it. The zone's own `wireless`
 * counts unless the gateway says `wireless: none` (a wired gateway inside a wireless zone).
 */
export function isWirelessReachable(d: Device, ctx: RuleContext): boolean {
  if (d.wireless) return true;
  const zone = d.zone.value;
  if (!d.wired && ctx.index.zones.get(zone)?.wireless) return true;
  if (ctx.routes.arcsFrom(zone).some((a) => a.conduit.wireless) || ctx.routes.arcsInto(zone).some((a) => a.conduit.wireless)) return true;
  return ctx.index.devicesIn(zone).some((o) => o !== d && o.wireless !== undefined && (o.kind === 'iot-device' || o.kind === 'wireless-ap'));
}
