// A compact way to build Plant objects in tests, independent of the YAML parser.
// Spans are synthetic but unique per element, so findings can be matched back to elements.
import type { DeviceKind, MeasureStatus, WirelessTech, ZoneKind } from '../../../src/core/model/kinds';
import type { Conduit, Device, Direction, Flow, MeasureEntry, Plant, Span, Zone } from '../../../src/core/model/plant';

export interface ZoneSpec {
  kind: ZoneKind;
  wireless?: WirelessTech;
  critical?: boolean;
  parent?: string;
  level?: number;
}
export interface DeviceSpec {
  kind: DeviceKind;
  zone: string;
  count?: number;
  filtering?: boolean;
  vpn?: boolean;
  wireless?: WirelessTech;
  wired?: boolean;
  monitors?: string[];
}
export interface ConduitSpec {
  between: [string, string];
  via?: string[];
  vpn?: boolean;
  wireless?: WirelessTech;
  direction?: Direction;
}
export interface PlantSpec {
  models?: number[];
  zones: Record<string, ZoneKind | ZoneSpec>;
  devices?: Record<string, DeviceSpec | [DeviceKind, string]>;
  conduits?: Record<string, ConduitSpec | [string, string]>;
  flows?: ([string, string] | [string, string, Direction])[];
  measures?: [string, string, MeasureStatus?, string?][];
}

export function buildPlant(spec: PlantSpec): Plant {
  let at = 0;
  const span = (len = 5): Span => {
    const s = { start: at, end: at + len };
    at += len + 5;
    return s;
  };
  const loc = <T>(value: T) => ({ value, span: span() });
  const zones: Zone[] = Object.entries(spec.zones).map(([id, z]) => {
    const { parent, ...zs }: ZoneSpec = typeof z === 'string' ? { kind: z } : z;
    return { type: 'zone', id, idSpan: span(), span: span(), ...zs, ...(parent !== undefined && { parent: loc(parent) }) };
  });
  const devices: Device[] = Object.entries(spec.devices ?? {}).map(([id, d]) => {
    const ds: DeviceSpec = Array.isArray(d) ? { kind: d[0], zone: d[1] } : d;
    const { zone, count, monitors, ...rest } = ds;
    return { type: 'device', id, idSpan: span(), span: span(), ...rest, zone: loc(zone), count: count ?? 1, ...(monitors && { monitors: monitors.map(loc) }) };
  });
  const conduits: Conduit[] = Object.entries(spec.conduits ?? {}).map(([id, c]) => {
    const cs: ConduitSpec = Array.isArray(c) ? { between: c } : c;
    return {
      type: 'conduit',
      id,
      idSpan: span(),
      span: span(),
      from: loc(cs.between[0]),
      to: loc(cs.between[1]),
      via: (cs.via ?? []).map(loc),
      vpn: cs.vpn,
      wireless: cs.wireless,
      ...(cs.direction && { direction: cs.direction }),
    };
  });
  const flows: Flow[] = (spec.flows ?? []).map(([from, to, direction]) => ({
    type: 'flow',
    id: `${from}->${to}`,
    span: span(),
    from: loc(from),
    to: loc(to),
    ...(direction && { direction }),
  }));
  const measures: MeasureEntry[] = (spec.measures ?? []).map(([measure, target, status, reason]) => ({
    type: 'measure',
    measure: loc(measure.replace(/^ID/i, '')),
    target: loc(target),
    status: status ?? 'implemented',
    reason,
    span: span(),
  }));
  return {
    version: 1,
    meta: {},
    models: spec.models?.map((m) => loc(m)),
    zones,
    devices,
    conduits,
    flows,
    measures,
  };
}
